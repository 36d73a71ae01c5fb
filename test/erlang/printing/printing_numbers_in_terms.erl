-module(printing_numbers_in_terms).
-export([start/0]).

start() ->
    T = {-1, 0, 1, -134217728, 134217727, 1 bsl 64, -(1 bsl 64), 1 bsl 200, 16#FF, 8#17, 2#1010, 36#ZZ},
    io:format("~p~n~w~n", [T, T]),
    io:format("~p~n", [[{N, -N} || N <- [1, 10, 100, 1000, 10000, 100000]]]),
    io:format("~p~n", [[$a, -1, $b]]),
    io:format("~p~n", [[-1, -2, -3]]),
    io:format("~p~n", [{1 bsl 300}]),
    io:format("[~10w] [~-10w] [~10p]~n", [-42, -42, -42]),
    io:format("[~w]~n", [1.0e10]),
    element(8, T).
