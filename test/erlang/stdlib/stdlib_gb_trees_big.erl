-module(stdlib_gb_trees_big).
-export([start/0]).

start() ->
    Keys = [(N * 7919) rem 2003 || N <- lists:seq(1, id(2003))],
    T = lists:foldl(fun(K, A) -> gb_trees:insert(K, K * 2, A) end, gb_trees:empty(), Keys),
    io:format("~w~n", [gb_trees:size(T)]),
    io:format("~w~n", [gb_trees:keys(T) =:= lists:seq(0, 2002)]),
    io:format("~w ~w~n", [gb_trees:smallest(T), gb_trees:largest(T)]),
    T2 = lists:foldl(fun(K, A) -> gb_trees:delete(K, A) end, T, lists:seq(0, 2002, 2)),
    io:format("~w~n", [gb_trees:size(T2)]),
    io:format("~w~n", [lists:sublist(gb_trees:to_list(T2), 5)]),
    T3 = gb_trees:balance(T2),
    io:format("~w~n", [gb_trees:to_list(T3) =:= gb_trees:to_list(T2)]),
    io:format("~w~n", [element(1, T3)]),
    Small = lists:foldl(fun(K, A) -> gb_trees:enter(K, v, A) end, gb_trees:empty(), lists:seq(1, id(20))),
    io:format("~w~n", [Small]),
    io:format("~w~n", [gb_trees:balance(Small)]),
    Rev = lists:foldl(fun(K, A) -> gb_trees:enter(K, v, A) end, gb_trees:empty(), lists:seq(20, 1, -1)),
    io:format("~w~n", [Rev]),
    io:format("~w~n", [gb_trees:lookup(1000, T)]),
    gb_trees:get(2002, T).

id(X) -> X.
