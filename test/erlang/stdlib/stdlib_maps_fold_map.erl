-module(stdlib_maps_fold_map).
-export([start/0]).

start() ->
    M = id(#{a => 1, b => 2, c => 3, d => 4}),
    io:format("~p~n", [maps:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], M)]),
    io:format("~p~n", [maps:fold(fun(_, V, Acc) -> V + Acc end, 0, M)]),
    io:format("~p~n", [maps:map(fun(K, V) -> {K, V * V} end, M)]),
    io:format("~p~n", [maps:filter(fun(_, V) -> V rem 2 =:= 0 end, M)]),
    io:format("~p~n", [maps:filtermap(fun(a, _) -> false; (b, _) -> true; (_, V) -> {true, V * 100} end, M)]),
    maps:foreach(fun(K, V) -> io:format("~p:~p ", [K, V]) end, M),
    io:format("~n"),
    io:format("~p~n", [maps:update_with(a, fun(V) -> V + 10 end, M)]),
    io:format("~p~n", [maps:update_with(z, fun(V) -> V + 10 end, 0, M)]),
    io:format("~p~n", [maps:update_with(a, fun(V) -> V + 10 end, 0, M)]),
    Big = maps:from_list([{I, I * I} || I <- lists:seq(1, 20)]),
    io:format("~p~n", [maps:fold(fun(K, V, S) -> K + V + S end, 0, Big)]),
    io:format("~p~n", [lists:sort(maps:to_list(maps:filter(fun(K, _) -> K > 15 end, Big)))]),
    maps:size(maps:map(fun(_, V) -> V end, Big)).

id(X) -> X.
