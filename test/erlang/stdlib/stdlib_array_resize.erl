-module(stdlib_array_resize).
-export([start/0]).

id(X) -> X.

start() ->
    A = array:from_list(id([a, b, c, d, e])),
    S = array:resize(id(2), A),
    io:format("~p~n", [{array:size(S), array:to_list(S), array:get(3, S)}]),
    io:format("~p~n", [array:to_list(array:resize(8, S))]),
    io:format("~p~n", [array:to_list(array:set(7, z, S))]),
    io:format("~p~n", [array:to_list(array:resize(0, A))]),
    G = array:resize(id(20), A),
    io:format("~p~n", [{array:size(G), array:sparse_size(G), array:size(array:resize(G))}]),
    F = array:fix(A),
    io:format("~p~n", [{array:size(array:resize(3, F)), array:is_fix(array:resize(30, F)),
                        array:get(29, array:resize(30, F))}]),
    E = array:set(3, undefined, array:new()),
    io:format("~p~n", [{array:size(E), array:size(array:resize(E)), array:sparse_size(E)}]),
    H = array:set(40, x, array:new()),
    io:format("~p~n", [{array:sparse_size(array:resize(10, H)), array:size(array:resize(array:resize(10, H)))}]),
    io:format("~p~n", [[try array:resize(id(X), A) of _ -> ok catch C:R -> {C, R} end || X <- [-1, foo, 1.0]]]),
    array:size(array:resize(id(100000), array:new())).
