-module(stdlib_lists_nthtail_prefix).
-export([start/0]).

start() ->
    L = id([a, b, c, d, e]),
    io:format("~p~n", [[lists:nthtail(N, L) || N <- lists:seq(0, 5)]]),
    io:format("~p~n", [[lists:nth(N, L) || N <- lists:seq(1, 5)]]),
    io:format("~p~n", [{lists:prefix(id("ab"), id("abc")), lists:prefix(id(""), id("")), lists:prefix(id("abcd"), id("abc"))}]),
    io:format("~p~n", [{lists:suffix(id("bc"), id("abc")), lists:suffix(id(""), id("x")), lists:suffix(id("abc"), id("bc"))}]),
    io:format("~p~n", [{lists:prefix([1], [1.0]), lists:suffix([2.0], [1, 2])}]),
    io:format("~w~n", [run(fun() -> lists:nthtail(id(6), L) end)]),
    io:format("~w~n", [run(fun() -> lists:nthtail(id(-1), L) end)]),
    io:format("~w~n", [run(fun() -> lists:nthtail(id(a), L) end)]),
    io:format("~w~n", [run(fun() -> lists:nth(id(1.0), L) end)]),
    io:format("~w~n", [run(fun() -> lists:prefix(id(a), L) end)]),
    io:format("~w~n", [run(fun() -> lists:suffix(id(a), L) end)]),
    io:format("~w~n", [run(fun() -> lists:prefix(id("abc"), id("ab" ++ x)) end)]),
    lists:nthtail(id(2), [1, 2 | improper]).

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
