-module(stdlib_lists_zip).
-export([start/0]).

start() ->
    A = id([1, 2, 3]),
    B = id([a, b, c]),
    C = id(["x", "y", "z"]),
    Z = lists:zip(A, B),
    io:format("~w~n", [Z]),
    io:format("~w~n", [lists:unzip(Z)]),
    Z3 = lists:zip3(A, B, C),
    io:format("~p~n", [Z3]),
    io:format("~p~n", [lists:unzip3(Z3)]),
    io:format("~w~n", [lists:zipwith(fun(X, Y) -> {Y, X} end, A, B)]),
    io:format("~p~n", [lists:zipwith3(fun(X, Y, W) -> {X, Y, W} end, A, B, C)]),
    io:format("~w~n", [lists:zip([], [])]),
    io:format("~w~n", [catch_error(fun() -> lists:zip([1], []) end)]),
    io:format("~w~n", [catch_error(fun() -> lists:unzip([{1, 2}, {3}]) end)]),
    io:format("~w~n", [lists:enumerate(B)]),
    io:format("~w~n", [lists:enumerate(10, B)]),
    lists:unzip([]).

catch_error(F) ->
    try F() catch C:R -> {C, R} end.

id(X) -> X.
