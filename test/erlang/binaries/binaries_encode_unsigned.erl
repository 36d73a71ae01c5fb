-module(binaries_encode_unsigned).
-export([start/0]).

start() ->
    Ns = [0, 1, 255, 256, 65535, 16#DEADBEEF, 1 bsl 64, (1 bsl 100) - 1],
    lists:foreach(
      fun(N) ->
              B = binary:encode_unsigned(N),
              L = binary:encode_unsigned(N, little),
              io:format("~w: ~w ~w ~w ~w~n",
                        [N, B, L, binary:decode_unsigned(B), binary:decode_unsigned(L, little)])
      end, [id(N) || N <- Ns]),
    io:format("~w~n", [binary:decode_unsigned(<<0, 0, 0, 1>>)]),
    io:format("~w~n", [binary:decode_unsigned(<<>>)]),
    io:format("~w~n", [try binary:encode_unsigned(id(-1)) catch error:badarg -> badarg end]),
    binary:encode_unsigned(id(1 bsl 70)).

id(X) -> X.
