-module(funs_tree_fold).
-export([start/0]).

%% Generic traversals of a binary search tree parameterised by funs.
start() ->
    T = lists:foldl(fun insert/2, nil, [50, 30, 70, 20, 40, 60, 80, 35, 65]),
    io:format("~p~n", [T]),
    io:format("in-order ~p~n", [fold(fun(K, Acc) -> [K | Acc] end, [], T)]),
    io:format("sum ~p~n", [fold(fun erlang:'+'/2, 0, T)]),
    io:format("max ~p~n", [fold(fun erlang:max/2, 0, T)]),
    T2 = tmap(fun(K) -> K div 10 end, T),
    io:format("mapped ~p~n", [lists:reverse(fold(fun(K, A) -> [K | A] end, [], T2))]),
    io:format("depth ~p~n", [depth(T)]),
    io:format("count>40 ~p~n", [fold(fun(K, A) when K > 40 -> A + 1; (_, A) -> A end, 0, T)]),
    io:format("paths ~p~n", [paths(T)]),
    depth(T).

insert(K, nil) -> {nil, K, nil};
insert(K, {L, V, R}) when K < V -> {insert(K, L), V, R};
insert(K, {L, V, R}) -> {L, V, insert(K, R)}.

fold(_, Acc, nil) -> Acc;
fold(F, Acc, {L, V, R}) -> fold(F, F(V, fold(F, Acc, L)), R).

tmap(_, nil) -> nil;
tmap(F, {L, V, R}) -> {tmap(F, L), F(V), tmap(F, R)}.

depth(nil) -> 0;
depth({L, _, R}) -> 1 + max(depth(L), depth(R)).

paths(nil) -> [];
paths({nil, V, nil}) -> [[V]];
paths({L, V, R}) -> [[V | P] || P <- paths(L) ++ paths(R)].
