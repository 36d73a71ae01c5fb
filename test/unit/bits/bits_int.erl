%% Integer segments: every size 0..72 at offsets 0..9, all flag combinations, construction and
%% matching, small and big values.
-module(bits_int).
-export([start/0]).

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].
id(X) -> X.

data() -> <<16#9E, 16#37, 16#79, 16#B9, 16#7F, 16#4A, 16#7C, 16#15, 16#F3, 16#9C, 16#C0, 16#60,
            16#5C, 16#ED, 16#A5, 16#6B, 16#A3, 16#71, 16#0E, 16#88>>.

get(B, Off, N, big, unsigned) -> <<_:Off, X:N/big-unsigned, _/bits>> = B, X;
get(B, Off, N, big, signed) -> <<_:Off, X:N/big-signed, _/bits>> = B, X;
get(B, Off, N, little, unsigned) -> <<_:Off, X:N/little-unsigned, _/bits>> = B, X;
get(B, Off, N, little, signed) -> <<_:Off, X:N/little-signed, _/bits>> = B, X;
get(B, Off, N, native, signed) -> <<_:Off, X:N/native-signed, _/bits>> = B, X.

put(Off, V, N, big) -> <<(id(0)):Off, V:N/big, 5:3>>;
put(Off, V, N, little) -> <<(id(0)):Off, V:N/little, 5:3>>;
put(Off, V, N, native) -> <<(id(0)):Off, V:N/native, 5:3>>.

start() ->
    D = id(data()),
    Flags = [{big, unsigned}, {big, signed}, {little, unsigned}, {little, signed}, {native, signed}],
    [io:format("~w ~w ~w ~w~n", [N, Off, F, [get(D, Off, N, E, S) || {E, S} <- Flags]])
     || N <- seq(0, 72), Off <- [0, 1, 3, 7, 8, 9], F <- [x]],
    Vals = [0, 1, -1, 5, -5, 127, 128, -128, 255, 256, 16#ABCDEF, -16#ABCDEF, 134217727, 134217728,
            -134217728, -134217729, 16#FFFFFFFF, 16#100000000, -16#100000000, 1 bsl 52, (1 bsl 53) + 1,
            -(1 bsl 60) + 7, 16#123456789ABCDEF0123456789, -16#123456789ABCDEF0123456789],
    [io:format("~w ~w ~w ~w~n", [V, N, Off, [put(Off, V, N, E) || E <- [big, little, native]]])
     || V <- Vals, N <- [0, 1, 4, 7, 8, 12, 16, 24, 31, 32, 33, 48, 53, 54, 64, 65, 100], Off <- [0, 3, 8]],
    %% round trips of big values
    Big = id(16#F123456789ABCDEF0123456789ABCDEF0123456789),
    [begin
         <<A:N/signed>> = <<Big:N>>, <<L:N/little-signed>> = <<Big:N/little>>,
         <<U:N>> = <<(-Big):N>>,
         io:format("rt ~w ~w ~w ~w~n", [N, A, L, U])
     end || N <- [60, 64, 65, 96, 127, 128, 129, 160, 161, 200]],
    %% variable sizes and units
    [io:format("unit ~w ~w~n", [U, catch get_unit(D, U)]) || U <- [1, 2, 3, 5, 8, 16]],
    ok.

get_unit(D, U) -> <<X:3/unit:1, Y:2/unit:7, _/bits>> = D, {X, Y, U, size_unit(D, U)}.

size_unit(D, 1) -> <<X:5/unit:1, _/bits>> = D, X;
size_unit(D, 2) -> <<X:5/unit:2, _/bits>> = D, X;
size_unit(D, 3) -> <<X:5/unit:3, _/bits>> = D, X;
size_unit(D, 5) -> <<X:5/unit:5, _/bits>> = D, X;
size_unit(D, 8) -> <<X:5/unit:8, _/bits>> = D, X;
size_unit(D, 16) -> <<X:5/unit:16, _/bits>> = D, X.
