-module(bitsyntax_utf8).
-export([start/0]).

start() ->
    Cps = [$A, 0, 127, 128, 233, 2047, 2048, 8364, 65535, 65536, 16#1F600, 16#10FFFF],
    lists:foreach(
      fun(C) ->
              B = <<C/utf8>>,
              <<D/utf8>> = B,
              io:format("~w -> ~w (~w bytes) -> ~w~n", [C, B, byte_size(B), D])
      end, [id(C) || C <- Cps]),
    Str = id(<<"h", 195, 169, "llo ", 226, 130, 172, " ", 240, 159, 152, 128>>),
    io:format("~w~n", [[C || <<C/utf8>> <= Str]]),
    <<First/utf8, Rest/binary>> = Str,
    io:format("~w ~w~n", [First, Rest]),
    Bad = [<<16#80>>, <<16#C0, 16#80>>, <<16#ED, 16#A0, 16#80>>, <<16#F4, 16#90, 16#80, 16#80>>, <<16#E2, 16#82>>],
    io:format("~w~n", [[valid(B) || B <- Bad]]),
    Enc = [try <<C/utf8>> catch error:badarg -> badarg end || C <- [id(16#D800), id(16#110000), id(-1)]],
    io:format("~w~n", [Enc]),
    << <<C/utf8>> || C <- Cps >>.

valid(<<_/utf8, _/binary>>) -> ok;
valid(_) -> invalid.

id(X) -> X.
