-module(printing_floats_in_terms).
-export([start/0]).

start() ->
    T = {point, 1.0, -2.5, 0.1, 1.0e-10, 6.02e23, 100.0, 1/3},
    io:format("~p~n~w~n", [T, T]),
    L = [X / 8 || X <- lists:seq(0, 16)],
    io:format("~p~n", [L]),
    io:format("~w~n", [L]),
    M = #{pi => math:pi(), e => math:exp(1), zero => 0.0, neg => -0.0},
    io:format("~p~n", [M]),
    io:format("~p~n", [[{N, math:sqrt(N)} || N <- lists:seq(1, 10)]]),
    {1.5, [2.0e100]}.
