%% Float arithmetic (float registers) and float printing.
-module(bench_float).
-export([start/0]).
start() -> length(lists:flatten([io_lib:format("~p", [X]) || X <- loop(20000, 0.5, [])])).
loop(0, _, Acc) -> Acc;
loop(N, X, Acc) -> Y = X * 1.0001 + 0.37 / (N + 1.5), loop(N - 1, Y, [Y | Acc]).
