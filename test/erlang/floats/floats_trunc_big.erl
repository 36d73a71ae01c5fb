-module(floats_trunc_big).
-export([start/0]).

start() ->
    Vals = [1.0e15, 1.0e16, 9.007199254740993e15, 1.0e20, -1.0e20, 1.0e30, 1.2345e50,
            -9.87e100, 1.0e300, 1.7976931348623157e308],
    lists:foreach(
      fun(V) -> io:format("~p~n  trunc ~p~n  round ~p~n", [V, trunc(V), round(V)]) end, Vals),
    io:format("~p~n", [trunc(1.0e20) =:= 100000000000000000000]),
    io:format("~p~n", [float(trunc(1.0e300)) =:= 1.0e300]),
    trunc(1.0e25).
