-module(stdlib_proplists_split_map).
-export([start/0]).

start() ->
    L = id([{c, 2}, {e, 1}, a, {c, 3, 4}, d, {b, 5}, b, {x, y}]),
    io:format("~p~n", [proplists:split(L, [a, b, c])]),
    io:format("~p~n", [proplists:split(L, [])]),
    io:format("~p~n", [proplists:split(id([]), [a])]),
    io:format("~p~n", [proplists:to_map(id([a, {b, 1}, {a, 2}, {c, x, y}, "s"]))]),
    io:format("~p~n", [proplists:to_map(id([{b, 1}, {b, 2}]))]),
    io:format("~p~n", [proplists:to_map(id([on, {off, false}]), [{negations, [{off, on}]}])]),
    io:format("~p~n", [proplists:to_map(id([z]), [{aliases, [{z, zed}]}])]),
    io:format("~p~n", [lists:sort(proplists:from_map(id(#{a => 1, b => true})))]),
    io:format("~p~n", [proplists:from_map(id(#{}))]),
    io:format("~p~n", [proplists:delete(c, L)]),
    io:format("~p~n", [proplists:get_keys(L)]),
    proplists:split(id([{a, 1}, {b, 2}, {a, 3}]), [a]).

id(X) -> X.
