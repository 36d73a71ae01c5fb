-module(funs_cps).
-export([start/0]).

%% Continuation-passing style: no growth of the Erlang call stack for the
%% main loop, and early exit through a continuation.
start() ->
    io:format("~p~n", [fact_cps(20, fun(X) -> X end)]),
    io:format("~p~n", [sum_cps(lists:seq(1, 10000), fun(X) -> X end)]),
    io:format("~p~n", [find_cps([3, 8, 12, 5], fun(X) -> X > 10 end, fun(X) -> {found, X} end, fun() -> not_found end)]),
    io:format("~p~n", [find_cps([3, 8], fun(X) -> X > 10 end, fun(X) -> {found, X} end, fun() -> not_found end)]),
    Tree = {node, {node, {leaf, 1}, {leaf, 2}}, {node, {leaf, 3}, {node, {leaf, 4}, {leaf, 5}}}},
    io:format("~p~n", [tree_sum(Tree, fun(X) -> X end)]),
    io:format("~p~n", [tree_leaves(Tree, fun(X) -> X end)]),
    fact_cps(10, fun(X) -> {done, X} end).

fact_cps(0, K) -> K(1);
fact_cps(N, K) -> fact_cps(N - 1, fun(V) -> K(N * V) end).

sum_cps([], K) -> K(0);
sum_cps([H | T], K) -> sum_cps(T, fun(V) -> K(H + V) end).

find_cps([], _, _, Fail) -> Fail();
find_cps([H | T], P, Succ, Fail) ->
    case P(H) of
        true -> Succ(H);
        false -> find_cps(T, P, Succ, Fail)
    end.

tree_sum({leaf, V}, K) -> K(V);
tree_sum({node, L, R}, K) -> tree_sum(L, fun(A) -> tree_sum(R, fun(B) -> K(A + B) end) end).

tree_leaves({leaf, V}, K) -> K([V]);
tree_leaves({node, L, R}, K) -> tree_leaves(L, fun(A) -> tree_leaves(R, fun(B) -> K(A ++ B) end) end).
