-module(floats_list_to_float).
-export([start/0]).

start() ->
    Good = ["0.0", "1.5", "-1.5", "+2.25", "1.0e10", "1.0E-10", "3.14159", "1.7976931348623157e308",
            "0.1", "100.000", "2.5e+3", "1.0e-400", "007.5"],
    io:format("~p~n", [[list_to_float(S) || S <- Good]]),
    Bad = ["1", "1.", ".5", "1e10", "abc", "1.0x", "", "1.0e", "--1.0", "1.0e999"],
    io:format("~p~n", [[try_float(S) || S <- Bad]]),
    io:format("~p~n", [[binary_to_float(B) || B <- [<<"2.5">>, <<"-0.0">>, <<"6.25e-2">>]]]),
    list_to_float("-12.5e1").

try_float(S) ->
    try list_to_float(S) catch error:badarg -> badarg end.
