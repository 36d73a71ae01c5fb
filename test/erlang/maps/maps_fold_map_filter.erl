-module(maps_fold_map_filter).
-export([start/0]).

start() ->
    M = id(#{apple => 3, banana => 7, cherry => 0, date => 12}),
    io:format("~p~n", [maps:fold(fun(_K, V, Acc) -> V + Acc end, 0, M)]),
    io:format("~p~n", [maps:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], M)]),
    io:format("~p~n", [maps:map(fun(_K, V) -> V * 2 end, M)]),
    io:format("~p~n", [maps:map(fun(K, V) -> {K, V} end, M)]),
    io:format("~p~n", [maps:filter(fun(_K, V) -> V > 5 end, M)]),
    io:format("~p~n", [maps:filter(fun(K, _V) -> K < c end, M)]),
    io:format("~p~n", [maps:filtermap(fun(_K, 0) -> false; (_K, V) when V > 10 -> {true, big}; (_, _) -> true end, M)]),
    maps:foreach(fun(K, V) -> io:format("~p=~p;", [K, V]) end, M),
    io:format("~n"),
    io:format("~p~n", [maps:fold(fun(K, V, {Ks, S}) -> {[K | Ks], S + V} end, {[], 0}, #{})]),
    maps:fold(fun(K, _, Acc) -> [K | Acc] end, [], M).

id(X) -> X.
