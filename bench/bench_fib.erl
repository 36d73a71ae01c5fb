%% Body-recursive calls and small-integer arithmetic.
-module(bench_fib).
-export([start/0]).
start() -> fib(25).
fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).
