-module(lists_zip).
-export([start/0]).

start() ->
    A = id([1, 2, 3, 4]), B = id([a, b, c, d]), C = id(["w", "x", "y", "z"]),
    Z = lists:zip(A, B),
    io:format("~w~n", [Z]),
    io:format("~w~n", [lists:unzip(Z)]),
    Z3 = lists:zip3(A, B, C),
    io:format("~p~n", [Z3]),
    io:format("~p~n", [lists:unzip3(Z3)]),
    io:format("~w~n", [lists:zipwith(fun(X, Y) -> {Y, X * X} end, A, B)]),
    io:format("~w~n", [lists:zipwith3(fun(X, Y, W) -> X + Y + W end, A, A, A)]),
    R = try lists:zip(A, [1]) catch error:E -> element(1, {E}) end,
    io:format("~w~n", [R]),
    io:format("~w~n", [lists:zip([], [])]),
    Z.

id(X) -> X.
