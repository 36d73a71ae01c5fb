-module(binaries_t2b_integers).
-export([start/0]).

%% Exact external term format bytes for integers.
start() ->
    Ints = [0, 1, 255, 256, -1, -256, 134217727, 2147483647, -2147483648, 2147483648, -2147483649,
            1 bsl 64, -(1 bsl 64), (1 bsl 2040) - 1, 1 bsl 2040],
    lists:foreach(
      fun(I) ->
              B = term_to_binary(I),
              Show = if byte_size(B) > 40 -> {byte_size(B), binary:part(B, 0, 8)}; true -> B end,
              io:format("~w: ~w ~w~n", [I rem 100000, Show, binary_to_term(B) =:= I])
      end, [id(I) || I <- Ints]),
    term_to_binary(id(-12345678901234567890)).

id(X) -> X.
