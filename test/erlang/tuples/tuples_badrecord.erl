-module(tuples_badrecord).
-export([start/0]).

-record(a, {x = 1}).
-record(b, {x = 2, y}).

start() ->
    Tests = [fun() -> (id(#b{}))#a.x end,
             fun() -> (id({a}))#a.x end,
             fun() -> (id(not_a_record))#b.y end,
             fun() -> (id(#a{}))#b{y = 1} end,
             fun() -> (id({a, 1, 2}))#a{x = 5} end,
             fun() -> (id(#a{}))#a.x end],
    lists:foreach(
      fun(F) -> io:format("~p~n", [try F() catch error:E -> {error, E} end]) end, Tests),
    ok.

id(X) -> X.
