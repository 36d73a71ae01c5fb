-module(arith_binary_to_integer).
-export([start/0]).

start() ->
    Bins = [<<"0">>, <<"-1">>, <<"+17">>, <<"2147483648">>, <<"18446744073709551616">>,
            <<"-340282366920938463463374607431768211456">>],
    Ints = [binary_to_integer(B) || B <- Bins],
    io:format("~w~n", [Ints]),
    io:format("~w~n", [[binary_to_integer(B, 16) || B <- [<<"DEADBEEF">>, <<"deadbeef">>, <<"-10">>,
                                                      <<"FFFFFFFFFFFFFFFFFFFF">>]]]),
    io:format("~w~n", [[binary_to_integer(B, 2) || B <- [<<"1">>, <<"11111111">>, <<"-1010">>]]]),
    Bad = [<<>>, <<"abc">>, <<"1 ">>, <<"--1">>],
    io:format("~w~n", [[catch_badarg(B) || B <- Bad]]),
    lists:sum(Ints).

catch_badarg(B) ->
    try binary_to_integer(B) catch error:badarg -> badarg end.
