-module(termorder_nested).
-export([start/0]).

start() ->
    Deep = fun(N, Leaf) -> lists:foldl(fun(_, Acc) -> {node, [Acc]} end, Leaf, lists:seq(1, N)) end,
    A = Deep(200, 1), B = Deep(200, 2), C = Deep(200, 1.0),
    io:format("~p ~p ~p ~p~n", [A < B, A == C, A =:= C, A < C]),
    Ls = [[1, [2, [3, [4]]]], [1, [2, [3, [5]]]], [1, [2, [3]]], [1, [2, [3, [4], 0]]]],
    io:format("~w~n", [lists:sort(Ls)]),
    Mixed = [{a, [1, {b, <<"x">>}]}, {a, [1, {b, <<"w">>}]}, {a, [1, {a, <<"z">>}]}, {a, [0]}],
    io:format("~p~n", [lists:sort(Mixed)]),
    Big = lists:seq(1, 10000),
    io:format("~p ~p~n", [Big < Big ++ [0], Big == lists:seq(1, 10000)]),
    io:format("~p~n", [{Big} > {lists:droplast(Big)}]),
    A < B.
