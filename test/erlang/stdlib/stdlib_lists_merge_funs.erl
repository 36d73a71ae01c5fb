-module(stdlib_lists_merge_funs).
-export([start/0]).

start() ->
    ByLen = fun(A, B) -> length(A) =< length(B) end,
    X = lists:sort(ByLen, id(["ccc", "a", "bb", "dddd"])),
    Y = lists:sort(ByLen, id(["zz", "y", "xxxxx"])),
    io:format("~p~n", [lists:merge(ByLen, X, Y)]),
    io:format("~p~n", [lists:umerge(ByLen, X, Y)]),
    io:format("~p~n", [lists:merge(ByLen, Y, X)]),
    io:format("~p~n", [lists:merge([[1, 4], [2, 5], [3, 6]])]),
    io:format("~p~n", [lists:merge(id([1, 2]), id([]))]),
    io:format("~p~n", [lists:rmerge(id([5, 3, 1]), id([6, 4, 2]))]),
    io:format("~p~n", [lists:merge3(id([1]), id([]), id([0, 2]))]),
    io:format("~p~n", [lists:umerge3(id([1, 2]), id([2, 3]), id([3, 4]))]),
    io:format("~p~n", [lists:umerge([[a, c], [b, c], [a, d]])]),
    io:format("~p~n", [lists:merge(fun(A, B) -> A > B end, id([3, 1]), id([2]))]),
    io:format("~w~n", [run(fun() -> lists:merge(id(x), [1], [2]) end)]),
    io:format("~w~n", [run(fun() -> lists:merge(fun(_, _) -> maybe end, [1], [2]) end)]),
    io:format("~w~n", [run(fun() -> lists:umerge(fun(A, B) -> A =< B end, [1], id(x)) end)]),
    lists:merge(fun(A, B) -> A >= B end, id([9, 7, 5]), id([8, 6])).

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
