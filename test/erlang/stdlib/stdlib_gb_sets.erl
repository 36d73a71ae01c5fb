-module(stdlib_gb_sets).
-export([start/0]).

start() ->
    A = gb_sets:from_list(id([5, 3, 9, 1, 3])),
    B = lists:foldl(fun gb_sets:add/2, gb_sets:new(), lists:seq(1, 30)),
    io:format("~p~n", [A]),
    io:format("~w~n", [B]),
    io:format("~w~n", [gb_sets:to_list(gb_sets:union(A, gb_sets:from_list([100, 2])))]),
    io:format("~w~n", [gb_sets:union(B, gb_sets:from_list(lists:seq(25, 60)))]),
    io:format("~w~n", [gb_sets:intersection(B, gb_sets:from_list(lists:seq(10, 100, 3)))]),
    io:format("~w~n", [gb_sets:difference(B, gb_sets:from_list(lists:seq(2, 30, 2)))]),
    io:format("~w~n", [gb_sets:union([A, B, gb_sets:singleton(99)])]),
    io:format("~w ~w~n", [gb_sets:is_subset(A, B), gb_sets:is_disjoint(A, gb_sets:from_list([2, 4]))]),
    io:format("~w ~w~n", [gb_sets:is_member(9, A), gb_sets:is_element(9.0, A)]),
    io:format("~w ~w~n", [gb_sets:smallest(A), gb_sets:largest(A)]),
    io:format("~w~n", [gb_sets:take_largest(A)]),
    io:format("~w~n", [gb_sets:delete(3, A)]),
    io:format("~w~n", [gb_sets:filter(fun(X) -> X > 2 end, A)]),
    io:format("~w~n", [gb_sets:fold(fun(X, Acc) -> [X | Acc] end, [], A)]),
    io:format("~w~n", [gb_sets:to_list(gb_sets:add(1.0, A))]),
    io:format("~w~n", [gb_sets:union(gb_sets:from_list([1, 2.0]), gb_sets:from_list([1.0, 2]))]),
    io:format("~w~n", [gb_sets:balance(B)]),
    {gb_sets:size(A), gb_sets:is_set(A), gb_sets:is_empty(gb_sets:empty())}.

id(X) -> X.
