-module(stdlib_ordsets).
-export([start/0]).

start() ->
    A = ordsets:from_list(id([5, 3, 1, 3, 9, 1.0])),
    B = ordsets:from_list([2, 3, 4, 5]),
    io:format("~w ~w~n", [A, B]),
    io:format("~w ~w~n", [ordsets:is_set(A), ordsets:is_set([2, 1])]),
    io:format("~w~n", [ordsets:add_element(4, A)]),
    io:format("~w~n", [ordsets:add_element(1.0, [1, 2])]),
    io:format("~w~n", [ordsets:del_element(3, A)]),
    io:format("~w~n", [ordsets:union(A, B)]),
    io:format("~w~n", [ordsets:union([A, B, [100]])]),
    io:format("~w~n", [ordsets:intersection(A, B)]),
    io:format("~w~n", [ordsets:intersection([A, B, [3]])]),
    io:format("~w~n", [ordsets:subtract(A, B)]),
    io:format("~w ~w~n", [ordsets:is_subset([3, 5], A), ordsets:is_subset([3, 4], A)]),
    io:format("~w ~w~n", [ordsets:is_disjoint(A, [2, 4]), ordsets:is_disjoint(A, B)]),
    io:format("~w ~w~n", [ordsets:is_element(9, A), ordsets:is_element(9.0, A)]),
    io:format("~w~n", [ordsets:filter(fun(X) -> X > 2 end, A)]),
    io:format("~w~n", [ordsets:fold(fun(X, Acc) -> [X | Acc] end, [], A)]),
    {ordsets:size(A), ordsets:is_empty(ordsets:new())}.

id(X) -> X.
