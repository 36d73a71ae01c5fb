-module(bitsyntax_integer_sizes).
-export([start/0]).

start() ->
    lists:foreach(
      fun(S) ->
              B1 = <<(id(-1)):S>>,
              B2 = <<(id(12345)):S/little>>,
              <<U:S>> = B1,
              <<Sg:S/signed>> = B1,
              <<V:S/little>> = B2,
              io:format("~2w ~p ~p ~w ~w ~w~n", [S, B1, B2, U, Sg, V])
      end, lists:seq(1, 33) ++ [47, 48, 63, 64, 65]),
    ok.

id(X) -> X.
