-module(arith_integer_to_binary).
-export([start/0]).

start() ->
    Ns = [0, 7, -7, 100, 65535, -65536, 1 bsl 40, -(1 bsl 90)],
    lists:foreach(
      fun(N) ->
              io:format("~p ~p ~p ~p~n",
                        [integer_to_binary(N), integer_to_binary(N, 2),
                         integer_to_binary(N, 16), integer_to_binary(N, 36)])
      end, Ns),
    Round = [binary_to_integer(integer_to_binary(N, B), B) =:= N
             || N <- Ns, B <- [2, 8, 10, 16, 36]],
    io:format("round trips: ~w~n", [lists:usort(Round)]),
    integer_to_binary(-(1 bsl 90), 16).
