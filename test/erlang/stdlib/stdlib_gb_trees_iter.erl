-module(stdlib_gb_trees_iter).
-export([start/0]).

start() ->
    T = lists:foldl(fun(K, A) -> gb_trees:insert(K, [K], A) end, gb_trees:empty(), id([50, 20, 80, 10, 30, 70, 90, 25])),
    io:format("~w~n", [walk(gb_trees:iterator(T))]),
    io:format("~w~n", [walk(gb_trees:iterator_from(26, T))]),
    io:format("~w~n", [walk(gb_trees:iterator_from(0, T))]),
    io:format("~w~n", [walk(gb_trees:iterator_from(91, T))]),
    io:format("~w~n", [walk(gb_trees:iterator_from(80, T))]),
    io:format("~w~n", [walk(gb_trees:iterator(gb_trees:empty()))]),
    I = gb_trees:iterator(T),
    io:format("~w~n", [I]),
    {K1, V1, I1} = gb_trees:next(I),
    io:format("~w ~w ~w~n", [K1, V1, I1]),
    io:format("~w~n", [gb_trees:next(gb_trees:iterator(gb_trees:empty()))]),
    length(walk(gb_trees:iterator_from(30, T))).

walk(I) ->
    case gb_trees:next(I) of
        {K, _, I2} -> [K | walk(I2)];
        none -> []
    end.

id(X) -> X.
