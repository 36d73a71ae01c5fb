-module(arith_powers_of_two).
-export([start/0]).

start() ->
    lists:foreach(
      fun(N) ->
              P = pow2(N),
              io:format("~3w ~w ~.16B ~w~n", [N, P, P, P =:= (1 bsl N)])
      end, lists:seq(0, 130, 13)),
    Sum = lists:sum([pow2(N) || N <- lists:seq(0, 99)]),
    io:format("sum 2^0..2^99 = ~w (= 2^100-1: ~w)~n", [Sum, Sum =:= (1 bsl 100) - 1]),
    pow2(64).

pow2(0) -> 1;
pow2(N) -> 2 * pow2(N - 1).
