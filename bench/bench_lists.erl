%% List building, sorting, mapping and folding (lib.avm's lists module).
-module(bench_lists).
-export([start/0]).
start() ->
    L = [(I * 7919) rem 10007 || I <- lists:seq(1, 50000)],
    S = lists:sort(L),
    M = lists:map(fun(X) -> X * 2 end, S),
    lists:foldl(fun(X, A) -> X + A end, 0, M).
