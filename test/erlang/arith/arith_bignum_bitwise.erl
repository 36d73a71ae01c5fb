-module(arith_bignum_bitwise).
-export([start/0]).

%% Bitwise operators on bignums follow infinite two's complement.
start() ->
    A = 16#123456789ABCDEF0123456789ABCDEF,
    B = 16#FEDCBA9876543210FEDCBA98765432,
    Vals = [A, -A, B, -B, 16#FFFF, -1, 0],
    lists:foreach(
      fun({X, Y}) ->
              io:format("~.16B ~.16B~n  band ~.16B~n  bor  ~.16B~n  bxor ~.16B~n",
                        [X, Y, X band Y, X bor Y, X bxor Y])
      end, [{X, Y} || X <- [A, -A], Y <- Vals]),
    io:format("bnot ~w ~w~n", [bnot A, bnot (-A)]),
    io:format("bnot bnot ~w~n", [bnot bnot A =:= A]),
    (A bxor B) bxor B =:= A.
