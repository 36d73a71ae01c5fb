-module(arith_bitwise).
-export([start/0]).

start() ->
    Vals = [0, 1, -1, 5, -5, 255, 16#F0F0, -16#F0F0, 134217727, -134217728],
    lists:foreach(
      fun(A) ->
              lists:foreach(
                fun(B) ->
                        io:format("~w ~w band=~w bor=~w bxor=~w~n",
                                  [A, B, A band B, A bor B, A bxor B])
                end, [3, -3, 16#FF00])
      end, Vals),
    io:format("bnot: ~w~n", [[bnot X || X <- Vals]]),
    Mask = lists:foldl(fun(Bit, Acc) -> Acc bor (1 bsl Bit) end, 0, [0, 2, 4, 6, 8]),
    io:format("mask ~w ~.2B~n", [Mask, Mask]),
    Pop = popcount(16#DEADBEEF, 0),
    io:format("popcount(16#DEADBEEF) = ~w~n", [Pop]),
    Pop.

popcount(0, N) -> N;
popcount(X, N) -> popcount(X bsr 1, N + (X band 1)).
