-module(stdlib_lists_merge).
-export([start/0]).

start() ->
    A = id([1, 3, 5, 7]),
    B = id([2, 3, 6]),
    C = id([0, 3.0, 8]),
    io:format("~w~n", [lists:merge(A, B)]),
    io:format("~w~n", [lists:merge([A, B, C])]),
    io:format("~w~n", [lists:merge3(A, B, C)]),
    io:format("~w~n", [lists:merge(fun(X, Y) -> X >= Y end, lists:reverse(A), lists:reverse(B))]),
    io:format("~w~n", [lists:umerge(A, B)]),
    io:format("~w~n", [lists:umerge([A, B, C])]),
    io:format("~w~n", [lists:umerge3(A, B, C)]),
    io:format("~w~n", [lists:umerge(fun(X, Y) -> X =< Y end, A, B)]),
    io:format("~w~n", [lists:umerge([1, 1.0, 2], [1.0, 1, 3])]),
    io:format("~w~n", [lists:rmerge(lists:reverse(A), lists:reverse(B))]),
    io:format("~w~n", [lists:rumerge(lists:reverse(A), lists:reverse(B))]),
    io:format("~w~n", [lists:rmerge3([5, 1], [4, 2], [3])]),
    io:format("~w~n", [lists:rumerge3([5, 1], [5, 2], [3, 1])]),
    io:format("~w~n", [lists:merge([], [])]),
    io:format("~w~n", [lists:merge([[], [1], []])]),
    lists:umerge([[c], [a], [b, c]]).

id(X) -> X.
