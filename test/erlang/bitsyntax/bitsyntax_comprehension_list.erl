-module(bitsyntax_comprehension_list).
-export([start/0]).

start() ->
    io:format("~w~n", [[X || <<X:4>> <= id(<<16#12, 16#34>>)]]),
    io:format("~w~n", [[{X, Y} || <<X:8, Y:8>> <= id(<<1, 2, 3, 4, 5>>)]]),
    io:format("~w~n", [[X || <<X:16/little>> <= id(<<1, 0, 2, 0, 3, 0>>)]]),
    io:format("~w~n", [[B || <<B:2/binary>> <= id(<<"abcdefg">>)]]),
    io:format("~w~n", [[C || <<C>> <= id(<<"a1b2c3">>), C >= $0, C =< $9]]),
    io:format("~w~n", [[{X, Y} || <<X>> <= id(<<1, 2>>), Y <- [a, b]]]),
    io:format("~w~n", [[X || <<X:1>> <= id(<<2#10110000:8>>), X =:= 1]]),
    io:format("~p~n", [[F || <<F:32/float>> <= id(<<1.5:32/float, 2.25:32/float>>)]]),
    io:format("~w~n", [[X || <<0:1, X:7>> <= id(<<5, 200, 7, 130, 1>>)]]),
    Sum = lists:sum([X || <<X>> <= id(list_to_binary(lists:seq(1, 100)))]),
    io:format("~w~n", [Sum]),
    Sum.

id(X) -> X.
