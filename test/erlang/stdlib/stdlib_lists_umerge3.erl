-module(stdlib_lists_umerge3).
-export([start/0]).

start() ->
    A = id([1, 3, 5, 7]), B = id([2, 3, 6, 7]), C = id([0, 3, 7, 9]),
    io:format("~p~n", [lists:merge3(A, B, C)]),
    io:format("~p~n", [lists:umerge3(A, B, C)]),
    io:format("~p~n", [lists:rmerge3(lists:reverse(A), lists:reverse(B), lists:reverse(C))]),
    io:format("~p~n", [lists:rumerge3(lists:reverse(A), lists:reverse(B), lists:reverse(C))]),
    io:format("~p~n", [lists:umerge(A, B)]),
    io:format("~p~n", [lists:rumerge(lists:reverse(A), lists:reverse(B))]),
    io:format("~p~n", [lists:umerge([A, B, C, id([])])]),
    io:format("~p~n", [lists:merge([A, B, C])]),
    io:format("~p~n", [lists:umerge(id([]))]),
    Desc = fun(X, Y) -> X >= Y end,
    io:format("~p~n", [lists:umerge(Desc, id([9, 5, 3]), id([8, 5, 1]))]),
    io:format("~p~n", [lists:merge(Desc, id([9, 5, 3]), id([8, 5, 1]))]),
    io:format("~p~n", [lists:rumerge(Desc, id([3, 5, 9]), id([1, 5, 8]))]),
    io:format("~p~n", [lists:rmerge(Desc, id([3, 5, 9]), id([1, 5, 8]))]),
    io:format("~p~n", [lists:umerge(id([1, 1.0, 2]), id([1.0, 2]))]),
    io:format("~p~n", [lists:umerge3(id([{a, 1}]), id([{a, 1}]), id([{a, 1.0}]))]),
    io:format("~w~n", [run(fun() -> lists:umerge3(id(a), [], []) end)]),
    io:format("~w~n", [run(fun() -> lists:merge3([], [], id(b)) end)]),
    io:format("~w~n", [run(fun() -> lists:merge(id(x)) end)]),
    lists:umerge(fun(X, Y) -> X =< Y end, id([1, 2, 2]), id([2, 3])).

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
