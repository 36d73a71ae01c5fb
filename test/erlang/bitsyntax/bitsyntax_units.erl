-module(bitsyntax_units).
-export([start/0]).

start() ->
    N = id(3),
    io:format("~w~n", [<<(id(1)):N/unit:8>>]),
    io:format("~w~n", [<<(id(16#ABCDEF)):N/unit:8-little>>]),
    io:format("~w~n", [<<(id(5)):N/unit:1>>]),
    io:format("~w~n", [<<(id(-1)):2/unit:4>>]),
    B = id(<<1, 2, 3, 4, 5, 6, 7, 8, 9>>),
    <<X:N/unit:8, Y:2/binary-unit:8, Rest/binary>> = B,
    io:format("~w ~w ~w~n", [X, Y, Rest]),
    <<P:2/binary-unit:16, Q/binary>> = B,
    io:format("~w ~w~n", [P, Q]),
    <<Bits:5/bitstring-unit:1, More/bits>> = B,
    io:format("~p ~w~n", [Bits, bit_size(More)]),
    <<H:3/integer-unit:4, _/bits>> = B,
    io:format("~w~n", [H]),
    {X, Y}.

id(V) -> V.
