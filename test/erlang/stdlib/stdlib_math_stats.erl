-module(stdlib_math_stats).
-export([start/0]).

%% Mean, standard deviation, geometric mean, the normal CDF via erf, log-sum-exp.
id(X) -> X.

mean(L) -> lists:sum(L) / length(L).
stddev(L) -> M = mean(L), math:sqrt(lists:sum([(X - M) * (X - M) || X <- L]) / length(L)).
gmean(L) -> math:exp(lists:sum([math:log(X) || X <- L]) / length(L)).
cdf(X) -> 0.5 * (1 + math:erf(X / math:sqrt(2))).
lse(L) -> M = lists:max(L), M + math:log(lists:sum([math:exp(X - M) || X <- L])).

start() ->
    Data = id([2, 4, 4, 4, 5, 5, 7, 9]),
    io:format("~.6f ~.6f ~.6f~n", [mean(Data), stddev(Data), gmean(Data)]),
    io:format("~s~n", [string:join([io_lib:format("~.6f", [cdf(Z)]) || Z <- [-3, -1.96, -1, 0, 1, 1.96, 3]], " ")]),
    io:format("~.6f ~.6f~n", [lse([1000, 1000, 1000]), lse([-1000, -999])]),
    io:format("~.8f~n", [math:log10(lists:foldl(fun(X, A) -> X * A end, 1, lists:seq(1, 20)))]),
    Harmonic = lists:sum([1 / N || N <- lists:seq(1, 1000)]),
    io:format("~.6f ~.6f~n", [Harmonic, Harmonic - math:log(1000)]),
    round(stddev(Data) * 1000).
