-module(stdlib_gb_trees).
-export([start/0]).

start() ->
    T = lists:foldl(fun(K, Acc) -> gb_trees:insert(K, K * 10, Acc) end, gb_trees:empty(), id([5, 2, 8, 1, 9, 3, 7])),
    io:format("~p~n", [T]),
    io:format("~w ~w~n", [gb_trees:lookup(8, T), gb_trees:lookup(4, T)]),
    io:format("~w ~w ~w~n", [gb_trees:get(3, T), gb_trees:is_defined(3.0, T), gb_trees:size(T)]),
    io:format("~w~n", [gb_trees:to_list(T)]),
    io:format("~w ~w~n", [gb_trees:keys(T), gb_trees:values(T)]),
    io:format("~w ~w~n", [gb_trees:smallest(T), gb_trees:largest(T)]),
    io:format("~w~n", [gb_trees:take_smallest(T)]),
    io:format("~w~n", [gb_trees:delete(5, T)]),
    io:format("~w~n", [gb_trees:update(2, two, T)]),
    io:format("~w~n", [gb_trees:enter(4, four, T)]),
    io:format("~w~n", [gb_trees:take(9, T)]),
    io:format("~w~n", [gb_trees:map(fun(K, V) -> K + V end, T)]),
    Seq = lists:foldl(fun(K, Acc) -> gb_trees:insert(K, x, Acc) end, gb_trees:empty(), lists:seq(1, 40)),
    io:format("~w~n", [Seq]),
    io:format("~w~n", [gb_trees:balance(Seq)]),
    io:format("~w~n", [gb_trees:from_orddict([{a, 1}, {b, 2}, {c, 3}])]),
    io:format("~w~n", [iter(gb_trees:iterator_from(6, T))]),
    io:format("~w~n", [try gb_trees:insert(5, dup, T) catch C:R -> {C, R} end]),
    gb_trees:is_empty(T).

iter(I) ->
    case gb_trees:next(I) of
        {K, V, I2} -> [{K, V} | iter(I2)];
        none -> []
    end.

id(X) -> X.
