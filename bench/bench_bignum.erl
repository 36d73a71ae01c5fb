%% Bignum multiplication and printing.
-module(bench_bignum).
-export([start/0]).
start() -> length(integer_to_list(fact(1500, 1))).
fact(0, A) -> A;
fact(N, A) -> fact(N - 1, A * N).
