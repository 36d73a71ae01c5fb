-module(termorder_tuples_lists).
-export([start/0]).

start() ->
    Tuples = [{b}, {a, a}, {z}, {}, {a, b, c}, {1, 2}, {1, 1, 1}, {[], {}}, {{}, []}, {a, 1}, {a, 1.0}],
    io:format("~p~n", [lists:sort([id(T) || T <- Tuples])]),
    Lists = [[b], [a, a], [z], [], [a, b, c], [1, 2], [1, 1, 1], [a | b], [a | a], [[]], [{}], [1 | 2]],
    io:format("~p~n", [lists:sort([id(L) || L <- Lists])]),
    Checks = [{{9, 9, 9}, {1, 1, 1, 1}}, {[9, 9, 9], [1, 1, 1, 1]}, {[1, 2], [1, 2, 0]}, {[1 | 2], [1, 2]},
              {[a | b], [a | c]}, {{a, [1]}, {a, [0, 5]}}, {[2], [1, 9, 9]}],
    io:format("~p~n", [[A < B || {A, B} <- Checks]]),
    lists:last(lists:sort(Tuples)).

id(X) -> X.
