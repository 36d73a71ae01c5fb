-module(floats_series).
-export([start/0]).

start() ->
    Basel = lists:sum([1 / (K * K) || K <- lists:seq(1, 10000)]),
    io:format("basel ~.8f (pi^2/6 = ~.8f)~n", [Basel, math:pi() * math:pi() / 6]),
    Leibniz = 4 * lists:sum([(if K rem 2 =:= 0 -> 1; true -> -1 end) / (2 * K + 1) || K <- lists:seq(0, 9999)]),
    io:format("leibniz ~.6f~n", [Leibniz]),
    E = lists:sum([1 / fact(K) || K <- lists:seq(0, 20)]),
    io:format("e ~p~n", [E]),
    Harm = lists:foldl(fun(K, Acc) -> Acc + 1 / K end, 0.0, lists:seq(1, 1000)),
    io:format("H(1000) ~p~n", [Harm]),
    Geo = lists:foldl(fun(_, {S, T}) -> {S + T, T / 2} end, {0.0, 1.0}, lists:seq(1, 60)),
    io:format("geometric ~p~n", [element(1, Geo)]),
    E.

fact(0) -> 1;
fact(N) -> N * fact(N - 1).
