-module(stdlib_lists_keysort_merge).
-export([start/0]).

start() ->
    L = id([{3, c}, {1, a}, {2, b}, {1, z}, {3, a}, {2.0, f}]),
    io:format("~p~n", [lists:keysort(1, L)]),
    io:format("~p~n", [lists:keysort(2, L)]),
    io:format("~p~n", [lists:ukeysort(1, L)]),
    io:format("~p~n", [lists:ukeysort(2, L)]),
    A = lists:keysort(1, id([{1, a}, {3, c}, {5, e}, {5, e2}])),
    B = lists:keysort(1, id([{2, b}, {3, c2}, {5, x}, {6, f}])),
    io:format("~p~n", [lists:keymerge(1, A, B)]),
    io:format("~p~n", [lists:ukeymerge(1, A, B)]),
    RA = lists:reverse(A), RB = lists:reverse(B),
    io:format("~p~n", [lists:rkeymerge(1, RA, RB)]),
    io:format("~p~n", [lists:rukeymerge(1, RA, RB)]),
    io:format("~p~n", [lists:keymerge(2, id([]), id([{x, 1}]))]),
    io:format("~p~n", [lists:ukeysort(1, id([{a, 1}, {a, 1}, {a, 2}]))]),
    io:format("~p~n", [lists:keysort(1, id([{b}, {a, 1, 2}, {c, 3}]))]),
    io:format("~w~n", [run(fun() -> lists:keymerge(0, [{a}], [{b}]) end)]),
    io:format("~w~n", [run(fun() -> lists:ukeysort(3, [{a, 1}, {b, 2}]) end)]),
    io:format("~w~n", [run(fun() -> lists:ukeymerge(1, id(x), []) end)]),
    lists:keysort(2, [{N, -N rem 4} || N <- lists:seq(1, id(12))]).

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
