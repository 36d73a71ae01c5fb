-module(bitsyntax_bignum_segments).
-export([start/0]).

start() ->
    Big = id(16#0102030405060708090A0B0C0D0E0F10),
    io:format("~w~n", [<<Big:128>>]),
    io:format("~w~n", [<<Big:128/little>>]),
    io:format("~w~n", [<<Big:72>>]),
    io:format("~w~n", [<<(-Big):136/signed>>]),
    io:format("~p~n", [<<Big:100>>]),
    <<A:128>> = <<Big:128>>,
    <<B:128/little>> = <<Big:128/little>>,
    <<C:136/signed>> = <<(-Big):136/signed>>,
    <<D:100>> = <<Big:100>>,
    io:format("~w ~w ~w ~.16B~n", [A =:= Big, B =:= Big, C =:= -Big, D]),
    <<E:64, F:64/signed>> = id(<<255, 255, 255, 255, 255, 255, 255, 255, 128, 0, 0, 0, 0, 0, 0, 0>>),
    io:format("~w ~w~n", [E, F]),
    <<G:65>> = id(<<255, 255, 255, 255, 255, 255, 255, 255, 1:1>>),
    io:format("~w~n", [G]),
    <<H:200/signed-little>> = <<(id(-12345678901234567890123456789)):200/signed-little>>,
    io:format("~w~n", [H]),
    E.

id(X) -> X.
