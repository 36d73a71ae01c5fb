-module(floats_bignum_mix).
-export([start/0]).

start() ->
    B = id(1) bsl 80,
    io:format("~p ~p ~p ~p~n", [B + 0.5, B * 1.5, B / 3, 0.5 - B]),
    io:format("~p~n", [(B + 1) - 1.0]),
    io:format("~p ~p~n", [B == float(B), B + 1 == float(B)]),
    io:format("~p~n", [(id(1) bsl 1023) * 1.0]),
    io:format("~p~n", [try (id(1) bsl 1024) * 1.0 catch error:E -> E end]),
    io:format("~p~n", [-(id(1) bsl 60) / 2.0]),
    io:format("~p~n", [lists:sum([1 bsl 70, 0.25, -(1 bsl 70)])]),
    B / 1.0e10.

id(X) -> X.
