-module(floats_to_list_default).
-export([start/0]).

start() ->
    Vals = [0.0, 1.0, -1.0, 0.1, 0.5, 3.141592653589793, 1.0e100, 1.0e-100,
            123456789.123, -2.5e-8, 1.7976931348623157e308, 2.2250738585072014e-308],
    lists:foreach(fun(V) -> io:format("~s~n", [float_to_list(V)]) end, Vals),
    lists:foreach(fun(V) -> io:format("~s~n", [float_to_binary(V)]) end, [0.25, -1.0e-5]),
    float_to_list(2.0).
