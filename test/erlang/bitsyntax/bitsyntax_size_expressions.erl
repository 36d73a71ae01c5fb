-module(bitsyntax_size_expressions).
-export([start/0]).

start() ->
    N = id(2),
    B = <<(id(16#ABCDEF)):(N * 12)>>,
    io:format("~w~n", [B]),
    <<X:(N * 4), Y:(N + 2), _/bits>> = B,
    io:format("~w ~w~n", [X, Y]),
    Bin = id(<<4, "abcd", "rest">>),
    <<Len, Data:Len/binary, Tail/binary>> = Bin,
    io:format("~p ~p~n", [Data, Tail]),
    <<W:(byte_size(Tail) * 8)>> = Tail,
    io:format("~w~n", [W]),
    Sizes = [1, 2, 4, 8],
    io:format("~w~n", [[<<(id(255)):S>> || S <- Sizes]]),
    io:format("~w~n", [[begin <<V:S, _/bits>> = id(<<16#F0>>), V end || S <- Sizes]]),
    B.

id(V) -> V.
