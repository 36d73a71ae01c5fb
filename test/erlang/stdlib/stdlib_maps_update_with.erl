-module(stdlib_maps_update_with).
-export([start/0]).

start() ->
    M = id(#{count => 1, list => [a]}),
    io:format("~p~n", [maps:update_with(count, fun(V) -> V + 1 end, M)]),
    io:format("~p~n", [maps:update_with(list, fun(V) -> [b | V] end, M)]),
    io:format("~p~n", [maps:update_with(missing, fun(V) -> V + 1 end, 0, M)]),
    io:format("~p~n", [maps:update_with(count, fun(V) -> V * 10 end, 0, M)]),
    Words = id(["a", "b", "a", "c", "b", "a"]),
    Counts = lists:foldl(fun(W, Acc) -> maps:update_with(W, fun(C) -> C + 1 end, 1, Acc) end, #{}, Words),
    io:format("~p~n", [Counts]),
    io:format("~w~n", [run(fun() -> maps:update_with(missing, fun(V) -> V end, M) end)]),
    io:format("~w~n", [run(fun() -> maps:update_with(k, fun(V) -> V end, 0, id(x)) end)]),
    io:format("~w~n", [run(fun() -> maps:update_with(k, id(notfun), 0, #{}) end)]),
    io:format("~w~n", [run(fun() -> maps:update_with(count, fun(V) -> V + a end, M) end)]),
    maps:update_with(count, fun(V) -> -V end, M).

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
