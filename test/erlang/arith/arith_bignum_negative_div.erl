-module(arith_bignum_negative_div).
-export([start/0]).

start() ->
    Big = 10000000000000000000000000000000000001,
    Cases = [{Big, 3}, {-Big, 3}, {Big, -3}, {-Big, -3},
             {Big, 1 bsl 70}, {-Big, 1 bsl 70}, {Big, -(1 bsl 70)}, {-Big, -(1 bsl 70)},
             {1 bsl 70, Big}, {-(1 bsl 70), Big}, {-7, 1 bsl 70}],
    lists:foreach(
      fun({N, D}) ->
              io:format("~w div ~w = ~w; rem = ~w~n", [N, D, N div D, N rem D])
      end, Cases),
    io:format("floor-div like: ~w~n", [[floor_div(N, D) || {N, D} <- Cases]]),
    ok.

floor_div(N, D) ->
    Q = N div D,
    case (N rem D =/= 0) andalso ((N < 0) xor (D < 0)) of
        true -> Q - 1;
        false -> Q
    end.
