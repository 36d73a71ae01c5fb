-module(stdlib_proplists_values).
-export([start/0]).

start() ->
    L = id([{a, 1}, b, {a, 2}, {c, [x]}, {c, [y, z]}, {d, 1, 2}, "str", {a, 3}, {e, true}, {f, false}]),
    io:format("~p~n", [proplists:get_all_values(a, L)]),
    io:format("~p~n", [proplists:get_all_values(b, L)]),
    io:format("~p~n", [proplists:get_all_values(zz, L)]),
    io:format("~p~n", [proplists:append_values(c, L)]),
    io:format("~p~n", [proplists:append_values(a, L)]),
    io:format("~p~n", [proplists:lookup_all(a, L)]),
    io:format("~p~n", [proplists:lookup(d, L)]),
    io:format("~p~n", [proplists:lookup(b, L)]),
    io:format("~p~n", [proplists:get_value(d, L)]),
    io:format("~p~n", [proplists:get_value(b, L)]),
    io:format("~p~n", [proplists:get_value(q, L, dflt)]),
    io:format("~p~n", [[proplists:get_bool(K, L) || K <- [b, e, f, a, zz]]]),
    io:format("~p~n", [[proplists:is_defined(K, L) || K <- [b, d, zz, "str"]]]),
    io:format("~p~n", [proplists:property(id({k, true}))]),
    io:format("~p~n", [proplists:property(id(k), id(v))]),
    io:format("~p~n", [proplists:property(id({k, v, w}))]),
    io:format("~p~n", [proplists:get_value(a, id([{a}, {a, 1}]))]),
    proplists:get_value(a, id([]), none).

id(X) -> X.
