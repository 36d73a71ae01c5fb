-module(stdlib_lists_keymap_store).
-export([start/0]).

start() ->
    L = id([{a, 1, x}, {b, 2, y}, {c, 3, z}, {a, 4, w}]),
    io:format("~p~n", [lists:keymap(fun(X) -> X * 10 end, 2, L)]),
    io:format("~p~n", [lists:keymap(fun atom_to_list/1, 1, L)]),
    io:format("~p~n", [lists:keystore(b, 1, L, {b, new})]),
    io:format("~p~n", [lists:keystore(q, 1, L, {q, appended})]),
    io:format("~p~n", [lists:keystore(a, 1, L, {a, first_only})]),
    io:format("~p~n", [lists:keytake(a, 1, L)]),
    io:format("~p~n", [lists:keytake(z, 3, L)]),
    io:format("~p~n", [lists:keytake(nope, 1, L)]),
    io:format("~p~n", [lists:keyreplace(c, 1, L, {c, replaced})]),
    io:format("~p~n", [lists:keyreplace(nope, 1, L, {c, replaced})]),
    io:format("~p~n", [lists:keydelete(2, 2, L)]),
    io:format("~p~n", [lists:keydelete(2.0, 2, L)]),
    io:format("~p~n", [lists:keyfind(2.0, 2, L)]),
    io:format("~p~n", [lists:keysearch(y, 3, L)]),
    io:format("~p~n", [lists:keymember(w, 3, L)]),
    io:format("~p~n", [lists:keyfind(a, 5, L)]),
    io:format("~p~n", [lists:keystore(k, 1, id([x, {k, 1}]), {k, 2})]),
    io:format("~w~n", [run(fun() -> lists:keymap(fun(X) -> X end, 4, L) end)]),
    io:format("~w~n", [run(fun() -> lists:keystore(a, 1, L, notatuple) end)]),
    io:format("~w~n", [run(fun() -> lists:keytake(a, 0, L) end)]),
    io:format("~w~n", [run(fun() -> lists:keyreplace(a, 1, L, x) end)]),
    io:format("~w~n", [run(fun() -> lists:keydelete(a, 0, L) end)]),
    io:format("~w~n", [run(fun() -> lists:keymember(a, id(0), L) end)]),
    io:format("~w~n", [run(fun() -> lists:keysearch(a, 1, id(x)) end)]),
    lists:keystore(d, 1, id([]), {d, 4}).

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
