%% Map inserts and lookups beyond the flat-map size (the HAMT path).
-module(bench_maps).
-export([start/0]).
start() ->
    M = lists:foldl(fun(I, Acc) -> Acc#{I => I * I} end, #{}, lists:seq(1, 20000)),
    lists:foldl(fun(I, Acc) -> Acc + maps:get(I, M) end, 0, lists:seq(1, 20000)).
