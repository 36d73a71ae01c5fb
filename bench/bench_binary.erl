%% Binary construction and matching.
-module(bench_binary).
-export([start/0]).
start() ->
    B = << <<I:16>> || I <- lists:seq(1, 20000) >>,
    sum(B, 0).
sum(<<X:16, Rest/binary>>, A) -> sum(Rest, A + X);
sum(<<>>, A) -> A.
