-module(stdlib_gb_trees_ops).
-export([start/0]).

start() ->
    T = gb_trees:from_orddict(orddict:from_list([{K, K * K} || K <- lists:seq(1, id(15))])),
    io:format("~w~n", [T]),
    io:format("~w~n", [gb_trees:take_largest(T)]),
    io:format("~w~n", [gb_trees:take_smallest(gb_trees:from_orddict([{only, 1}]))]),
    io:format("~w~n", [gb_trees:take_any(7, T)]),
    io:format("~w~n", [gb_trees:take_any(99, T)]),
    io:format("~w~n", [gb_trees:delete_any(99, T) =:= T]),
    io:format("~w~n", [gb_trees:delete_any(3, T)]),
    T2 = gb_trees:enter(7, seven, gb_trees:enter(100, hundred, T)),
    io:format("~w~n", [gb_trees:to_list(T2)]),
    io:format("~w~n", [gb_trees:size(T2)]),
    io:format("~w~n", [gb_trees:lookup(1.0, T)]),
    io:format("~w~n", [gb_trees:is_defined(15, T)]),
    io:format("~w~n", [gb_trees:empty()]),
    io:format("~w ~w~n", [gb_trees:is_empty(gb_trees:empty()), gb_trees:size(gb_trees:empty())]),
    io:format("~w~n", [gb_trees:keys(gb_trees:map(fun(K, _) -> K end, T))]),
    Del = lists:foldl(fun gb_trees:delete/2, T, lists:seq(1, 10)),
    io:format("~w~n", [Del]),
    io:format("~w~n", [gb_trees:balance(Del)]),
    io:format("~w~n", [gb_trees:insert(0, zero, gb_trees:empty())]),
    gb_trees:values(Del).

id(X) -> X.
