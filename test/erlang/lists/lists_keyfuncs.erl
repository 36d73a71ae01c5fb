-module(lists_keyfuncs).
-export([start/0]).

start() ->
    L = id([{apple, 3, red}, {banana, 5, yellow}, {cherry, 7, red}, {date, 1, brown}, {banana, 9, green}]),
    io:format("~w~n", [lists:keyfind(banana, 1, L)]),
    io:format("~w~n", [lists:keyfind(red, 3, L)]),
    io:format("~w~n", [lists:keyfind(kiwi, 1, L)]),
    io:format("~w ~w~n", [lists:keymember(7, 2, L), lists:keymember(8, 2, L)]),
    io:format("~w~n", [lists:keydelete(banana, 1, L)]),
    io:format("~w~n", [lists:keyreplace(cherry, 1, L, {cherry, 0, black})]),
    io:format("~w~n", [lists:keystore(kiwi, 1, L, {kiwi, 2, green})]),
    io:format("~w~n", [lists:keystore(date, 1, L, {date, 100, brown})]),
    io:format("~w~n", [lists:keytake(banana, 1, L)]),
    io:format("~w~n", [lists:keysort(2, L)]),
    io:format("~w~n", [lists:keysort(3, L)]),
    io:format("~w~n", [lists:keymerge(1, [{a, 1}, {c, 3}], [{b, 2}, {d, 4}])]),
    io:format("~w~n", [lists:ukeysort(1, L)]),
    io:format("~w~n", [lists:keymap(fun(N) -> N * 100 end, 2, L)]),
    lists:keyfind(date, 1, L).

id(X) -> X.
