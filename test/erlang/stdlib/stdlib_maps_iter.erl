-module(stdlib_maps_iter).
-export([start/0]).

start() ->
    M = id(#{x => 1, y => 2, z => 3}),
    I = maps:iterator(M),
    io:format("~p~n", [I]),
    {K1, V1, I1} = maps:next(I),
    io:format("~p ~p ~p~n", [K1, V1, I1]),
    {K2, V2, I2} = maps:next(I1),
    io:format("~p ~p ~p~n", [K2, V2, I2]),
    {K3, V3, I3} = maps:next(I2),
    io:format("~p ~p ~p~n", [K3, V3, I3]),
    io:format("~p~n", [maps:next(I3)]),
    io:format("~p~n", [walk(maps:next(maps:iterator(#{})))]),
    io:format("~p~n", [walk(maps:next(maps:iterator(#{1 => a, 2 => b})))]),
    io:format("~p~n", [maps:fold(fun(K, V, A) -> [{K, V} | A] end, [], I1)]),
    io:format("~p~n", [maps:map(fun(_, V) -> V * 2 end, I1)]),
    io:format("~p~n", [maps:filter(fun(_, V) -> V > 1 end, I)]),
    walk(maps:next(I)).

walk(none) -> [];
walk({K, V, It}) -> [{K, V} | walk(maps:next(It))].

id(X) -> X.
