-module(floats_math_basic).
-export([start/0]).

start() ->
    io:format("pi ~p~n", [math:pi()]),
    io:format("sqrt ~p~n", [[math:sqrt(X) || X <- [0, 1, 2, 4, 9.0, 1.0e10, 0.25]]]),
    io:format("pow ~p~n", [[math:pow(B, E) || {B, E} <- [{2, 10}, {2.0, 0.5}, {10, -2}, {-2, 3}, {0, 0}]]]),
    io:format("exp ~p~n", [[math:exp(X) || X <- [0, 1, -1]]]),
    io:format("log ~p~n", [[math:log(X) || X <- [1, 100]]]),
    io:format("log10 ~p~n", [[math:log10(X) || X <- [1, 10, 1000, 0.001]]]),
    io:format("log2 ~p~n", [[math:log2(X) || X <- [1, 2, 1024, 0.5]]]),
    io:format("e ~.12f~n", [math:exp(1)]),
    io:format("fmod ~p ~p~n", [math:fmod(10.5, 3), math:fmod(-7.0, 2.0)]),
    math:sqrt(16).
