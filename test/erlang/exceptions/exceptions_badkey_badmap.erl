-module(exceptions_badkey_badmap).
-export([start/0]).

start() ->
    M = id(#{a => 1, "b" => 2}),
    Tests = [fun() -> M#{c := 3} end,
             fun() -> M#{a := 1, "x" := 2} end,
             fun() -> maps:get(c, M) end,
             fun() -> maps:get({complex, [key]}, M) end,
             fun() -> maps:update(d, 1, M) end,
             fun() -> (id(not_map))#{a := 1} end,
             fun() -> (id([]))#{a => 1} end,
             fun() -> maps:get(a, id(<<"bin">>)) end,
             fun() -> maps:put(a, 1, id({})) end,
             fun() -> map_size(id(7)) end,
             fun() -> maps:merge(id(x), #{}) end],
    lists:foreach(fun(F) -> io:format("~p~n", [try F() catch error:E -> E end]) end, Tests),
    ok.

id(X) -> X.
