-module(arith_bignum_div).
-export([start/0]).

start() ->
    N = 1000000000000000000000000000007,
    Ds = [1, 2, 3, 7, 10, 1000000007, 18446744073709551616, 99999999999999999999,
          N, N + 1, -3, -18446744073709551616],
    lists:foreach(
      fun(D) ->
              Q = N div D,
              R = N rem D,
              io:format("~w div ~w = ~w rem ~w ~w~n", [N, D, Q, R, Q * D + R =:= N])
      end, Ds),
    F = fact(40),
    io:format("40!/38! = ~w~n", [F div fact(38)]),
    io:format("40! rem 41 = ~w~n", [F rem 41]),
    io:format("-N div 7 = ~w, -N rem 7 = ~w~n", [-N div 7, -N rem 7]),
    F div fact(39).

fact(0) -> 1;
fact(K) -> K * fact(K - 1).
