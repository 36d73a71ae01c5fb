-module(stdlib_lists_split_sublist).
-export([start/0]).

start() ->
    L = id([a, b, c, d, e]),
    io:format("~p~n", [[lists:split(N, L) || N <- lists:seq(0, 5)]]),
    io:format("~p~n", [[lists:sublist(L, N) || N <- lists:seq(0, 7)]]),
    io:format("~p~n", [[lists:sublist(L, S, 2) || S <- lists:seq(1, 6)]]),
    io:format("~p~n", [lists:sublist(L, 2, 100)]),
    io:format("~p~n", [lists:sublist(L, 3, 0)]),
    io:format("~w~n", [run(fun() -> lists:sublist(L, 7, 1) end)]),
    io:format("~w~n", [run(fun() -> lists:sublist(L, 0, 1) end)]),
    io:format("~w~n", [run(fun() -> lists:sublist(L, 1, -1) end)]),
    io:format("~w~n", [run(fun() -> lists:sublist(id(x), 1) end)]),
    io:format("~w~n", [run(fun() -> lists:split(id(a), L) end)]),
    io:format("~w~n", [run(fun() -> lists:split(1, id(x)) end)]),
    io:format("~w~n", [run(fun() -> lists:split(6, L) end)]),
    lists:split(id(2), "hello").

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
