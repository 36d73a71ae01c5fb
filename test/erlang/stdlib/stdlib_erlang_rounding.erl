-module(stdlib_erlang_rounding).
-export([start/0]).

%% round/trunc/floor/ceil on halves, large floats, negative values and integers.
id(X) -> X.

start() ->
    Halves = [X + 0.5 || X <- lists:seq(-4, 4)],
    io:format("~p~n", [[{round(id(H)), trunc(H), floor(H), ceil(H)} || H <- Halves]]),
    Big = [1.0e15 + 0.5, 4503599627370495.5, 9007199254740993.0, 1.0e20, -1.0e20, 1.2345e30],
    io:format("~p~n", [[{round(id(B)), trunc(B), floor(B), ceil(B)} || B <- Big]]),
    Ints = [0, -7, 1 bsl 64, -(1 bsl 64)],
    io:format("~p~n", [[{round(id(I)), trunc(I), floor(I), ceil(I)} || I <- Ints]]),
    Tiny = [1.0e-300, -1.0e-300, 0.49999999999999994, -0.49999999999999994],
    io:format("~p~n", [[{round(id(T)), floor(T), ceil(T)} || T <- Tiny]]),
    lists:sum([round(X / 3) || X <- lists:seq(1, 30)]).
