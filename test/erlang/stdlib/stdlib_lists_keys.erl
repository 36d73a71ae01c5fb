-module(stdlib_lists_keys).
-export([start/0]).

start() ->
    L = id([{apple, 3, red}, {banana, 5, yellow}, {cherry, 7, red}, {1, one}, {1.0, float_one}, notatuple, {}]),
    io:format("~w~n", [lists:keyfind(banana, 1, L)]),
    io:format("~w ~w~n", [lists:keyfind(1, 1, L), lists:keyfind(1.0, 1, L)]),
    io:format("~w ~w~n", [lists:keyfind(red, 3, L), lists:keyfind(kiwi, 1, L)]),
    io:format("~w ~w~n", [lists:keymember(7, 2, L), lists:keymember(8, 2, L)]),
    io:format("~w ~w~n", [lists:keysearch(cherry, 1, L), lists:keysearch(x, 1, L)]),
    io:format("~w~n", [lists:keydelete(1, 1, L)]),
    io:format("~w~n", [lists:keyreplace(red, 3, L, {replaced})]),
    io:format("~w~n", [lists:keystore(kiwi, 1, L, {kiwi, 0})]),
    io:format("~w~n", [lists:keystore(banana, 1, L, {banana, 0})]),
    io:format("~w~n", [lists:keytake(cherry, 1, L)]),
    io:format("~w~n", [lists:keytake(nope, 1, L)]),
    Fruits = [T || T <- L, tuple_size(T) =:= 3],
    io:format("~w~n", [lists:keymap(fun(N) -> N * 10 end, 2, Fruits)]),
    io:format("~w~n", [lists:keysort(2, Fruits)]),
    io:format("~w~n", [lists:keysort(3, Fruits)]),
    io:format("~w~n", [lists:ukeysort(3, Fruits)]),
    io:format("~w~n", [lists:keymerge(1, [{a, 1}, {c, 3}], [{b, 2}, {c, 4}, {d, 5}])]),
    io:format("~w~n", [lists:ukeymerge(1, [{a, 1}, {c, 3}], [{b, 2}, {c, 4}, {d, 5}])]),
    io:format("~w~n", [lists:rkeymerge(1, [{c, 3}, {a, 1}], [{d, 5}, {c, 4}, {b, 2}])]),
    io:format("~w~n", [lists:rukeymerge(1, [{c, 3}, {a, 1}], [{d, 5}, {c, 4}, {b, 2}])]),
    lists:keyfind(apple, 1, L).

id(X) -> X.
