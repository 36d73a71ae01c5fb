-module(stdlib_maps_filtermap_more).
-export([start/0]).

start() ->
    M = maps:from_list([{N, N * N} || N <- lists:seq(1, id(12))]),
    io:format("~p~n", [maps:filter(fun(K, _) -> K rem 3 =:= 0 end, M)]),
    io:format("~p~n", [maps:filtermap(fun(K, V) when K rem 2 =:= 0 -> {true, V + 1};
                                         (K, _) when K rem 3 =:= 0 -> true;
                                         (_, _) -> false end, M)]),
    io:format("~p~n", [maps:map(fun(K, V) -> V - K end, M)]),
    io:format("~p~n", [maps:fold(fun(K, V, A) -> A + K * V end, 0, M)]),
    io:format("~p~n", [maps:filter(fun(_, _) -> true end, id(#{}))]),
    io:format("~p~n", [maps:filtermap(fun(_, _) -> false end, M)]),
    Self = self(),
    maps:foreach(fun(K, V) -> Self ! {K, V} end, id(#{a => 1, b => 2, c => 3})),
    io:format("~p~n", [lists:sort(drain())]),
    io:format("~p~n", [lists:sort(maps:fold(fun(K, V, A) -> [{V, K} | A] end, [], id(#{x => 1, y => 2})))]),
    maps:map(fun(_, V) -> V * 2 end, id(#{one => 1, two => 2})).

drain() ->
    receive Msg -> [Msg | drain()] after 0 -> [] end.

id(X) -> X.
