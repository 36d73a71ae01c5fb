-module(stdlib_proplists_expand_more).
-export([start/0]).

start() ->
    L = id([foo, {bar, 1}, baz, {foo, false}, "str", {q, 1, 2}]),
    io:format("~p~n", [proplists:expand([{foo, [x, {y, 2}]}], L)]),
    io:format("~p~n", [proplists:expand([{{foo, true}, [yes]}], L)]),
    io:format("~p~n", [proplists:expand([{{foo, false}, [no, {n, 0}]}], L)]),
    io:format("~p~n", [proplists:expand([{baz, [a, b]}, {bar, [c]}], L)]),
    io:format("~p~n", [proplists:expand([{{bar, 1}, [one]}], L)]),
    io:format("~p~n", [proplists:expand([], L)]),
    io:format("~p~n", [proplists:expand([{foo, [{foo, again}]}], id([foo]))]),
    io:format("~p~n", [proplists:expand([{a, [[x, [y]]]}], id([a, b]))]),
    proplists:expand([{k, [k1, k2]}], id([z, k, {k, true}, w])).

id(X) -> X.
