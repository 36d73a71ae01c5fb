-module(stdlib_math_sqrt_many).
-export([start/0]).

%% math:sqrt on 3,000 doubles spread over the whole range: every result bit for bit (IEEE sqrt is
%% correctly rounded, and so must ours be on every engine), folded into one checksum as it goes,
%% plus a few printed in full.
start() ->
    io:format("~p~n", [[math:sqrt(X) || X <- [2.0, 3.0, 0.5, 1.0e-300, 1.0e300, 5.0e-324, 1.7976931348623157e308]]]),
    Sum = fold(3000, 7, 0),
    io:format("~p~n", [Sum]),
    Sum.

%% doubles from an LCG: a 52-bit mantissa and an exponent in -1000..1000
fold(0, _, Acc) -> Acc;
fold(N, S, Acc) ->
    S1 = (S * 6364136223846793005 + 1442695040888963407) band 16#ffffffffffffffff,
    M = S1 bsr 12,
    E = (S1 rem 2001) - 1000,
    <<X:64/float>> = <<0:1, (E + 1023):11, M:52>>,
    <<B:64>> = <<(math:sqrt(X)):64/float>>,
    fold(N - 1, S1, (Acc * 31 + B) band 16#ffffffffffff).
