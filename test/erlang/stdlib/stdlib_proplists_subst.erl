-module(stdlib_proplists_subst).
-export([start/0]).

start() ->
    L = id([colour, {color, red}, {size, 2}, nocolour, {no_size, true}, "s", {x, 1, 2}]),
    io:format("~p~n", [proplists:substitute_aliases([{colour, color}, {size, sz}], L)]),
    io:format("~p~n", [proplists:substitute_negations([{nocolour, colour}, {no_size, size}], L)]),
    io:format("~p~n", [proplists:substitute_negations([{no_size, size}], id([{no_size, false}, {no_size, 7}, no_size]))]),
    io:format("~p~n", [proplists:substitute_aliases([], L)]),
    io:format("~p~n", [proplists:normalize(L, [{aliases, [{colour, color}]},
                                               {negations, [{nocolour, color}]},
                                               {expand, [{{color, red}, [red]}]}])]),
    io:format("~p~n", [proplists:normalize(id([a, {a, true}, b, {c, 1}]), [])]),
    io:format("~p~n", [proplists:compact(id([{a, true}, {b, false}, {c, 1}, d]))]),
    io:format("~p~n", [proplists:unfold(id([a, {b, 1}, "s", c]))]),
    proplists:normalize(id([debug, {verbose, true}]), [{aliases, [{debug, verbose}]}]).

id(X) -> X.
