-module(bitsyntax_comprehension).
-export([start/0]).

start() ->
    Bin = id(<<1, 2, 3, 4, 5, 250>>),
    io:format("~w~n", [<< <<(X * 2)>> || <<X>> <= Bin >>]),
    io:format("~w~n", [<< <<X:16>> || <<X>> <= Bin, X rem 2 =:= 1 >>]),
    io:format("~w~n", [<< <<X>> || X <- [10, 20, 30] >>]),
    io:format("~w~n", [<< <<B:4, A:4>> || <<A:4, B:4>> <= id(<<16#12, 16#34, 16#AB>>) >>]),
    io:format("~w~n", [<< <<X:3>> || X <- lists:seq(0, 7) >>]),
    io:format("~w~n", [<< <<X, Y>> || <<X>> <= <<"ab">>, <<Y>> <= <<"xyz">> >>]),
    io:format("~w~n", [<< <<(X + Y)>> || X <- [1, 2], Y <- [10, 20, 30] >>]),
    io:format("~w~n", [<< <<(byte_size(W)), W/binary>> || W <- [<<"hi">>, <<>>, <<"there">>] >>]),
    Upper = << <<(if C >= $a, C =< $z -> C - 32; true -> C end)>> || <<C>> <= id(<<"Hello, World!">>) >>,
    io:format("~s~n", [Upper]),
    Words = << <<X:16/little>> || <<X:16>> <= id(<<1, 2, 3, 4, 5>>) >>,
    io:format("~w~n", [Words]),
    Upper.

id(X) -> X.
