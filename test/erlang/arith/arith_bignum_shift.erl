-module(arith_bignum_shift).
-export([start/0]).

start() ->
    X = 16#ABCDEF0123456789,
    lists:foreach(
      fun(S) ->
              io:format("~w: ~.16B ~.16B ~.16B~n",
                        [S, X bsl S, X bsr S, (-X) bsr S])
      end, [0, 1, 4, 31, 32, 33, 63, 64, 65, 100]),
    Big = (1 bsl 300) + 12345,
    io:format("~w~n", [Big bsr 290]),
    io:format("~w~n", [Big band ((1 bsl 20) - 1)]),
    io:format("~w~n", [(-Big) bsr 299]),
    io:format("~w~n", [(-Big) bsr 400]),
    io:format("~w~n", [Big bsr 400]),
    bit_length(Big).

bit_length(0) -> 0;
bit_length(N) -> 1 + bit_length(N bsr 1).
