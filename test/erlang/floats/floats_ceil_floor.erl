-module(floats_ceil_floor).
-export([start/0]).

start() ->
    Vals = [0.0, 0.1, 0.9, 1.0, -0.1, -0.9, -1.0, 2.5, -2.5, 1.0e15 + 0.5, 5, -5, 1 bsl 70],
    lists:foreach(
      fun(V) -> io:format("~p: ceil ~p floor ~p~n", [V, ceil(V), floor(V)]) end, Vals),
    io:format("~p ~p~n", [math:ceil(id(1.2)), math:floor(id(-1.2))]),
    io:format("~p ~p~n", [is_integer(ceil(id(1.2))), is_float(math:ceil(id(1.2)))]),
    floor(-0.5).

id(X) -> X.
