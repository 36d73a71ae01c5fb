-module(stdlib_lists_unzip3_zipwith3).
-export([start/0]).

start() ->
    Z = lists:zip3(id([1, 2, 3]), id([a, b, c]), id("xyz")),
    io:format("~p~n", [Z]),
    io:format("~p~n", [lists:unzip3(Z)]),
    io:format("~p~n", [lists:unzip3(id([]))]),
    io:format("~p~n", [lists:zipwith3(fun(X, Y, W) -> {W, Y, X} end, id([1, 2]), id([a, b]), id([p, q]))]),
    io:format("~p~n", [lists:zipwith(fun(X, Y) -> X * Y end, id([1, 2, 3]), id([4, 5, 6]))]),
    io:format("~p~n", [lists:zipwith3(fun(X, Y, W) -> X + Y + W end, id([]), id([]), id([]))]),
    io:format("~w~n", [run(fun() -> lists:zip3([1], [a], id([])) end)]),
    io:format("~w~n", [run(fun() -> lists:unzip3(id([{1, 2}])) end)]),
    io:format("~w~n", [run(fun() -> lists:zipwith3(fun(X, _, _) -> X end, [1, 2], [a], [b]) end)]),
    io:format("~w~n", [run(fun() -> lists:zipwith(fun(X, _) -> X end, [1], id([])) end)]),
    io:format("~w~n", [run(fun() -> lists:unzip(id([{1, 2}, x])) end)]),
    lists:unzip(lists:zip(id([k1, k2]), id([v1, v2]))).

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
