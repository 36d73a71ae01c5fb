%% Binary/bitstring segments, utf8/16/32 segments, construction errors, string segments,
%% zero sizes and units.
-module(bits_bin).
-export([start/0]).

id(X) -> X.
r(F) -> try F() catch C:R -> {C, R} end.
seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

start() ->
    B = id(<<1, 2, 3, 4, 5, 6, 7, 8, 9, 10>>),
    S = id(<<7:3>>),
    [io:format("~w~n", [X]) || X <- [
        <<B/binary, S/bits, B/binary>>,
        <<S/bits, B:3/binary, S/bits, S/bitstring>>,
        <<(id(<<B/binary, 1:1>>))/bits, "xyz", 0:0, (id(0)):(id(0))>>,
        <<B:2/binary-unit:16, (id(S)):3/bits>>,
        <<S/bits, "h", "ello"/utf16, "w"/utf32-little, (id($o))/utf8>>,
        r(fun() -> <<B:11/binary>> end),
        r(fun() -> <<S/binary>> end),
        r(fun() -> <<(id(a))/bits>> end),
        r(fun() -> <<(id(1)):(id(-1))>> end),
        r(fun() -> <<(id(1)):(id(a))>> end),
        r(fun() -> <<(id(1)):(id(1 bsl 70))>> end),
        r(fun() -> <<(id(1)):(id(-(1 bsl 70)))>> end),
        r(fun() -> <<(id(16#110000))/utf8>> end),
        r(fun() -> <<(id(16#D800))/utf16>> end),
        r(fun() -> <<(id(-1))/utf32>> end),
        r(fun() -> <<(id(a))/utf8>> end),
        r(fun() -> <<(id(1.0)):8>> end),
        r(fun() -> <<(id(1)):8, (id(b)):8>> end),
        r(fun() -> <<B:(id(3))/binary-unit:8, S:1/binary>> end)
    ]],
    %% utf round trips
    Cps = [0, $a, 16#7F, 16#80, 16#7FF, 16#800, 16#D7FF, 16#E000, 16#FFFD, 16#FFFF, 16#10000, 16#10FFFF],
    [begin
         U8 = <<C/utf8>>, U16 = <<C/utf16>>, U16L = <<C/utf16-little>>, U32 = <<C/utf32>>,
         U32L = <<C/utf32-little>>,
         <<C8/utf8>> = U8, <<C16/utf16>> = U16, <<C16L/utf16-little>> = U16L,
         <<C32/utf32>> = U32, <<C32L/utf32-little>> = U32L,
         <<_:3, CU/utf8, _:5>> = <<0:3, U8/binary, 0:5>>,
         io:format("~w ~w ~w ~w ~w ~w ~w~n", [C, U8, U16, U16L, U32, U32L, [C8, C16, C16L, C32, C32L, CU]])
     end || C <- Cps],
    %% invalid utf when matching
    Bad = [<<16#C0, 16#80>>, <<16#E0, 16#80, 16#80>>, <<16#ED, 16#A0, 16#80>>, <<16#F4, 16#90, 16#80, 16#80>>,
           <<16#F8>>, <<16#80>>, <<16#C3>>, <<16#E2, 16#82>>, <<16#D8, 0, 16#DC, 0>>, <<16#DC, 0, 0, 0>>,
           <<16#D8, 0, 0, 65>>, <<0, 16#11, 0, 0>>, <<0, 0, 16#D8, 0>>, <<>>, <<65>>, <<16#C3, 16#A9>>],
    [io:format("~w ~w ~w ~w ~w~n",
               [X, r(fun() -> <<C/utf8, R/bits>> = X, {C, R} end),
                r(fun() -> <<C/utf16, R/bits>> = X, {C, R} end),
                r(fun() -> <<C/utf16-little, R/bits>> = X, {C, R} end),
                r(fun() -> <<C/utf32, R/bits>> = X, {C, R} end)]) || X <- Bad],
    %% binary matching with sizes, units, all, unaligned tails
    [io:format("~w ~w~n", [N, r(fun() -> m1(id(B), N) end)]) || N <- seq(0, 11)],
    [io:format("~w ~w~n", [N, r(fun() -> m2(<<(id(B))/binary, 5:N>>) end)]) || N <- seq(0, 9)],
    io:format("~w~n", [[X || <<X:3>> <= id(B)]]),
    io:format("~w~n", [<< <<X:5>> || <<X:3>> <= id(B) >>]),
    io:format("~w~n", [<< <<X:16/little>> || X <- seq(1, 40) >>]),
    io:format("~w~n", [<< <<X/utf8>> || <<X:4>> <= id(<<"Hello, world!">>) >>]),
    ok.

m1(B, N) -> <<X:N/binary, Y:1/binary-unit:3, Rest/bits>> = B, {X, Y, Rest}.

m2(<<X:3/binary, Rest/binary>>) -> {bin, X, Rest};
m2(<<X:3/binary, Y:4/bitstring, Rest/bits>>) -> {bits, X, Y, Rest};
m2(<<X:4/binary, Rest/bits>>) -> {other, X, Rest}.
