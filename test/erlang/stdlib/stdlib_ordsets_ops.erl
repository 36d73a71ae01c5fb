-module(stdlib_ordsets_ops).
-export([start/0]).

start() ->
    A = ordsets:from_list(id([5, 3, 1, 3, 9, 7])),
    B = ordsets:from_list(id([2, 3, 4, 5, 6])),
    C = ordsets:from_list(id([1, 1.0, 5])),
    io:format("~p ~p ~p~n", [A, B, C]),
    io:format("~p~n", [ordsets:union(A, B)]),
    io:format("~p~n", [ordsets:union([A, B, C])]),
    io:format("~p~n", [ordsets:intersection(A, B)]),
    io:format("~p~n", [ordsets:intersection([A, B, C])]),
    io:format("~p~n", [ordsets:subtract(A, B)]),
    io:format("~p~n", [ordsets:add_element(4, A)]),
    io:format("~p~n", [ordsets:add_element(4.0, B)]),
    io:format("~p~n", [ordsets:del_element(1.0, C)]),
    io:format("~p ~p~n", [ordsets:is_element(1.0, A), ordsets:is_element(2, A)]),
    io:format("~p ~p~n", [ordsets:is_subset([3, 5], A), ordsets:is_subset([3, 4], A)]),
    io:format("~p ~p~n", [ordsets:is_disjoint(A, [2, 4]), ordsets:is_disjoint(A, B)]),
    io:format("~p ~p ~p~n", [ordsets:is_set(A), ordsets:is_set([2, 1]), ordsets:is_set(x)]),
    io:format("~p~n", [ordsets:is_set([1, 1.0])]),
    io:format("~p~n", [ordsets:fold(fun(X, Acc) -> [X | Acc] end, [], A)]),
    io:format("~p~n", [ordsets:filter(fun(X) -> X > 4 end, A)]),
    io:format("~p~n", [ordsets:size(A)]),
    io:format("~p~n", [ordsets:union([])]),
    io:format("~w~n", [catch_it(fun() -> ordsets:intersection([]) end)]),
    io:format("~p~n", [ordsets:new()]),
    io:format("~p~n", [ordsets:to_list(A)]),
    io:format("~p~n", [ordsets:from_list(id([c, "b", a, {x}, 2, 1.5]))]),
    ordsets:union(ordsets:subtract(A, B), ordsets:subtract(B, A)).

catch_it(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
