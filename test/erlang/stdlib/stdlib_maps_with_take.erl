-module(stdlib_maps_with_take).
-export([start/0]).

start() ->
    M = id(#{a => 1, b => 2, c => 3, d => 4}),
    io:format("~p~n", [maps:with([a, c, zz], M)]),
    io:format("~p~n", [maps:with([], M)]),
    io:format("~p~n", [maps:without([a, c, zz], M)]),
    io:format("~p~n", [maps:without([], M)]),
    io:format("~p~n", [maps:take(b, M)]),
    io:format("~p~n", [maps:take(zz, M)]),
    io:format("~p~n", [maps:from_keys(id([x, y, x, z]), 0)]),
    io:format("~p~n", [maps:from_keys(id([]), v)]),
    io:format("~p~n", [maps:with([1], id(#{1.0 => f, 1 => i}))]),
    io:format("~p~n", [maps:without([1.0], id(#{1.0 => f, 1 => i}))]),
    {V, Rest} = maps:take(d, M),
    io:format("~p ~p~n", [V, Rest]),
    maps:with([b, d], M).

id(X) -> X.
