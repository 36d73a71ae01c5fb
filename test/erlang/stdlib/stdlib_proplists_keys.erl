-module(stdlib_proplists_keys).
-export([start/0]).

%% get_keys/1 returns the keys in the order of an OTP 25 sets (v1) set.
start() ->
    io:format("~p~n", [proplists:get_keys([a, {b, 1}, {c, 1, 2}, {a, 2}, d, "x", {}])]),
    io:format("~p~n", [proplists:get_keys([z, y, x, w, v, u, t, s, r, q, p, o, n, m, l, k, j, i, h, g, f, e, d, c, b, a])]),
    io:format("~p~n", [proplists:get_keys([{N, x} || N <- lists:seq(1, 100)])]),
    proplists:get_keys([]).
