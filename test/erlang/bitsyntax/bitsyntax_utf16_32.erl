-module(bitsyntax_utf16_32).
-export([start/0]).

start() ->
    Cps = [$A, 233, 8364, 65535, 65536, 16#1F600, 16#10FFFF],
    lists:foreach(
      fun(C) ->
              B16 = <<C/utf16>>, L16 = <<C/utf16-little>>,
              B32 = <<C/utf32>>, L32 = <<C/utf32-little>>,
              <<D16/utf16>> = B16, <<E16/utf16-little>> = L16,
              <<D32/utf32>> = B32, <<E32/utf32-little>> = L32,
              io:format("~w: ~w ~w ~w ~w ~w~n", [C, B16, L16, B32, L32, [D16, E16, D32, E32]])
      end, [id(C) || C <- Cps]),
    Text = id(<<0, $h, 0, $i, 216, 61, 222, 0>>),
    io:format("~w~n", [[C || <<C/utf16>> <= Text]]),
    io:format("~w~n", [unicode:characters_to_binary([104, 105, 16#1F600], unicode, utf16)]),
    io:format("~w~n", [[try <<C/utf32>> catch error:badarg -> badarg end || C <- [id(16#DFFF), id(16#110000)]]]),
    <<"ab"/utf16-little>>.

id(X) -> X.
