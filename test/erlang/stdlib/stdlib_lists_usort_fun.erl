-module(stdlib_lists_usort_fun).
-export([start/0]).

start() ->
    L = id([{b, 2}, {a, 1}, {c, 3}, {a, 9}, {b, 2}, {d, 0}]),
    ByKey = fun({K1, _}, {K2, _}) -> K1 =< K2 end,
    ByVal = fun({_, V1}, {_, V2}) -> V1 >= V2 end,
    io:format("~p~n", [lists:usort(ByKey, L)]),
    io:format("~p~n", [lists:usort(ByVal, L)]),
    io:format("~p~n", [lists:sort(ByKey, L)]),
    io:format("~p~n", [lists:sort(ByVal, L)]),
    io:format("~p~n", [lists:usort(L)]),
    io:format("~p~n", [lists:usort(id([1, 1.0, 2, 1, 2.0]))]),
    io:format("~p~n", [lists:usort(fun(X, Y) -> X < Y end, id([3, 1, 3, 2, 1]))]),
    io:format("~p~n", [lists:usort(fun(X, Y) -> X =< Y end, id([3, 1, 3, 2, 1]))]),
    io:format("~p~n", [lists:usort(ByKey, id([]))]),
    io:format("~p~n", [lists:usort(ByKey, id([{z, 1}]))]),
    io:format("~p~n", [lists:uniq(id([3, 1, 3, 2, 1, 1.0]))]),
    io:format("~p~n", [lists:uniq(fun({K, _}) -> K end, L)]),
    io:format("~w~n", [run(fun() -> lists:uniq(id(x)) end)]),
    io:format("~w~n", [run(fun() -> lists:usort(id([a | b])) end)]),
    lists:sort(fun(X, Y) -> abs(X) =< abs(Y) end, id([-3, 2, -1, 3, 1, -2])).

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
