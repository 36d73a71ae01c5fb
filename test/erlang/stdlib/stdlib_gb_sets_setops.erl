-module(stdlib_gb_sets_setops).
-export([start/0]).

start() ->
    A = gb_sets:from_list(lists:seq(1, id(10))),
    B = gb_sets:from_list(lists:seq(5, id(15))),
    C = gb_sets:from_list(id([2, 7, 12])),
    L = fun gb_sets:to_list/1,
    io:format("~w~n", [L(gb_sets:union(A, B))]),
    io:format("~w~n", [L(gb_sets:union([A, B, C]))]),
    io:format("~w~n", [L(gb_sets:intersection(A, B))]),
    io:format("~w~n", [L(gb_sets:intersection([A, B, C]))]),
    io:format("~w~n", [L(gb_sets:subtract(A, B))]),
    io:format("~w~n", [L(gb_sets:difference(B, A))]),
    io:format("~w ~w~n", [gb_sets:is_subset(C, A), gb_sets:is_subset(gb_sets:from_list([2, 7]), A)]),
    io:format("~w ~w~n", [gb_sets:is_disjoint(A, B), gb_sets:is_disjoint(A, gb_sets:from_list([20]))]),
    io:format("~w~n", [gb_sets:fold(fun(X, Acc) -> [X | Acc] end, [], C)]),
    io:format("~w~n", [gb_sets:union(A, B)]),
    io:format("~w~n", [gb_sets:intersection(A, B)]),
    io:format("~w~n", [gb_sets:subtract(A, B)]),
    io:format("~w~n", [gb_sets:union(gb_sets:new(), gb_sets:empty())]),
    io:format("~w~n", [L(gb_sets:from_list(id([3, 1.0, 1, 2, 3])))]),
    io:format("~w~n", [gb_sets:is_member(1, gb_sets:from_list([1.0]))]),
    io:format("~w~n", [gb_sets:is_set(A)]),
    io:format("~w~n", [gb_sets:is_set(id({0, nil}))]),
    io:format("~w~n", [gb_sets:is_set(id(notaset))]),
    io:format("~w~n", [L(gb_sets:union([]))]),
    io:format("~w~n", [catch_it(fun() -> gb_sets:intersection([]) end)]),
    io:format("~w~n", [catch_it(fun() -> gb_sets:insert(1, A) end)]),
    io:format("~w~n", [catch_it(fun() -> gb_sets:delete(99, A) end)]),
    io:format("~w~n", [catch_it(fun() -> gb_sets:smallest(gb_sets:empty()) end)]),
    io:format("~w~n", [catch_it(fun() -> gb_sets:take_largest(gb_sets:empty()) end)]),
    gb_sets:size(gb_sets:union(A, B)).

catch_it(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
