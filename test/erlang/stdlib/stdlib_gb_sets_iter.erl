-module(stdlib_gb_sets_iter).
-export([start/0]).

start() ->
    S = gb_sets:from_list(id([40, 10, 30, 20, 50, 5, 45])),
    io:format("~w~n", [walk(gb_sets:iterator(S))]),
    io:format("~w~n", [walk(gb_sets:iterator_from(21, S))]),
    io:format("~w~n", [walk(gb_sets:iterator_from(30, S))]),
    io:format("~w~n", [walk(gb_sets:iterator_from(51, S))]),
    io:format("~w~n", [walk(gb_sets:iterator_from(-1, S))]),
    io:format("~w~n", [gb_sets:next(gb_sets:iterator(gb_sets:empty()))]),
    {E1, I1} = gb_sets:next(gb_sets:iterator(S)),
    io:format("~w ~w~n", [E1, I1]),
    io:format("~w~n", [gb_sets:iterator(S)]),
    io:format("~w~n", [S]),
    length(walk(gb_sets:iterator_from(25, S))).

walk(I) ->
    case gb_sets:next(I) of
        {E, I2} -> [E | walk(I2)];
        none -> []
    end.

id(X) -> X.
