-module(stdlib_lists_delete_member).
-export([start/0]).

start() ->
    L = id([a, 1, b, 1.0, a, {t}]),
    io:format("~p~n", [lists:delete(a, L)]),
    io:format("~p~n", [lists:delete(1.0, L)]),
    io:format("~p~n", [lists:delete(zz, L)]),
    io:format("~p~n", [lists:delete(x, id([]))]),
    io:format("~p~n", [{lists:member(1, L), lists:member(1.0, L), lists:member(2, L), lists:member({t}, L)}]),
    io:format("~p~n", [lists:reverse(L)]),
    io:format("~p~n", [lists:reverse(L, id([tail]))]),
    io:format("~p~n", [lists:reverse(id([]), id(improper))]),
    io:format("~w~n", [run(fun() -> lists:delete(a, id(x)) end)]),
    io:format("~w~n", [run(fun() -> lists:member(a, id(x)) end)]),
    io:format("~w~n", [run(fun() -> lists:reverse(id(x)) end)]),
    io:format("~w~n", [run(fun() -> lists:reverse(id(x), []) end)]),
    lists:delete(b, id("abcb")).

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
