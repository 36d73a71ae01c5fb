-module(floats_to_list_short).
-export([start/0]).

start() ->
    Vals = [0.0, 1.0, 0.1, 0.3, 1/3, 2/3, 100.0, 1.0e15, 1.0e16, 1.0e22, 1.0e23, 123456789012345680.0,
            1.0e-5, 0.0001, 5.0e-324, 1.7976931348623157e308, 4.35, 9007199254740993.0],
    lists:foreach(fun(V) -> io:format("~s ~s~n", [float_to_list(V, [short]), float_to_binary(-V, [short])]) end, Vals),
    Round = lists:all(fun(V) -> list_to_float(float_to_list(V, [short])) =:= V end, Vals),
    io:format("round trip: ~p~n", [Round]),
    Round.
