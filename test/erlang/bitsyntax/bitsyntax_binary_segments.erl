-module(bitsyntax_binary_segments).
-export([start/0]).

start() ->
    B = id(<<"0123456789">>),
    <<A:2/binary, Bb:3/binary, C/binary>> = B,
    io:format("~p ~p ~p~n", [A, Bb, C]),
    <<D:3/bits, E:13/bits, F/bits>> = B,
    io:format("~p ~p ~w~n", [D, E, bit_size(F)]),
    io:format("~p~n", [<<A/binary, C/binary>>]),
    io:format("~p~n", [<<D/bits, E/bits>>]),
    io:format("~p~n", [<<(id(<<1, 2, 3>>)):2/binary>>]),
    io:format("~p~n", [<<B:4/binary, "-", B/binary>>]),
    R = try <<(id(<<1:3>>))/binary>> catch error:badarg -> badarg end,
    io:format("~p~n", [R]),
    R2 = try <<(id(<<1, 2>>)):3/binary>> catch error:badarg -> badarg end,
    io:format("~p~n", [R2]),
    <<G:1/binary-unit:32, _/binary>> = B,
    io:format("~p~n", [G]),
    {A, Bb, C}.

id(X) -> X.
