-module(arith_shifts).
-export([start/0]).

start() ->
    lists:foreach(
      fun(S) ->
              io:format("1 bsl ~w = ~w; -1 bsl ~w = ~w~n", [S, 1 bsl S, S, -1 bsl S])
      end, [0, 1, 7, 26, 27, 28, 31, 32, 59, 60, 63, 64, 100]),
    lists:foreach(
      fun(S) ->
              io:format("~w bsr ~w = ~w; ~w bsr ~w = ~w~n",
                        [1000, S, 1000 bsr S, -1000, S, -1000 bsr S])
      end, [0, 1, 3, 9, 10, 11, 64]),
    %% negative shift counts reverse the direction
    io:format("neg counts: ~w ~w ~w ~w~n",
              [id(8) bsl -2, id(8) bsr -2, id(-8) bsl -10, id(1) bsr -70]),
    Big = id(1) bsl 200,
    io:format("big shifted back: ~w ~w~n", [Big bsr 199, Big bsr 201]),
    ok.

id(X) -> X.
