-module(arith_list_to_integer).
-export([start/0]).

start() ->
    Good = ["0", "42", "-42", "+42", "007", "-0", "134217728",
            "123456789012345678901234567890", "-99999999999999999999"],
    io:format("~w~n", [[list_to_integer(S) || S <- Good]]),
    Based = [{"ff", 16}, {"FF", 16}, {"-7f", 16}, {"777", 8}, {"101010", 2},
             {"zz", 36}, {"Zz", 36}, {"1000000000000000000000000", 16}],
    io:format("~w~n", [[list_to_integer(S, B) || {S, B} <- Based]]),
    Bad = ["", "-", "1.0", "12a", " 1", "0x10", "+-1"],
    io:format("~w~n", [[try_conv(S) || S <- Bad]]),
    io:format("~w~n", [[try_conv2(S, B) || {S, B} <- [{"g", 16}, {"2", 2}, {"9", 8}]]]),
    list_to_integer("-123456789012345678901234567890").

try_conv(S) ->
    try list_to_integer(S) of V -> {ok, V}
    catch error:badarg -> badarg
    end.

try_conv2(S, B) ->
    try list_to_integer(S, B) of V -> {ok, V}
    catch error:badarg -> badarg
    end.
