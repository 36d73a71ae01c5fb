-module(tuples_errors).
-export([start/0]).

start() ->
    T = id({a, b, c}),
    Tests = [fun() -> element(0, T) end,
             fun() -> element(4, T) end,
             fun() -> element(id(-1), T) end,
             fun() -> element(1, id([a])) end,
             fun() -> element(id(a), T) end,
             fun() -> setelement(0, T, x) end,
             fun() -> setelement(4, T, x) end,
             fun() -> setelement(1, id(notuple), x) end,
             fun() -> tuple_size(id([1])) end,
             fun() -> {_, _} = T end,
             fun() -> element(1 bsl 70, T) end],
    lists:foreach(
      fun(F) ->
              R = try F() catch error:{badmatch, V} -> {badmatch, V}; error:E -> E end,
              io:format("~w~n", [R])
      end, Tests),
    ok.

id(X) -> X.
