-module(floats_division).
-export([start/0]).

start() ->
    Pairs = [{1, 3}, {2, 1}, {10, 4}, {-7, 2}, {1, 7}, {22, 7}, {1 bsl 80, 3}, {5, 1 bsl 70},
             {0, 5}, {1.0, 3}],
    lists:foreach(fun({A, B}) -> io:format("~p / ~p = ~p~n", [A, B, A / B]) end, Pairs),
    io:format("~p~n", [[1 / N || N <- lists:seq(1, 12)]]),
    io:format("is_float(4/2) = ~p~n", [is_float(id(4) / id(2))]),
    R = try id(1) / id(0) catch error:E -> E end,
    R2 = try id(1.0) / id(0.0) catch error:E2 -> E2 end,
    io:format("~p ~p~n", [R, R2]),
    id(355) / id(113).

id(X) -> X.
