-module(binaries_t2b_floats).
-export([start/0]).

start() ->
    Fs = [0.0, -0.0, 1.0, -1.5, 0.1, 3.141592653589793, 1.0e300, 5.0e-324],
    lists:foreach(
      fun(F) ->
              B = term_to_binary(F),
              io:format("~p ~w ~p~n", [F, B, binary_to_term(B)])
      end, [id(F) || F <- Fs]),
    %% old FLOAT_EXT (tag 99): 31 bytes of printf text
    Old = term_to_binary(id(1.5), [{minor_version, 0}]),
    io:format("~w ~w~n", [byte_size(Old), binary:part(Old, 0, 2)]),
    io:format("~p~n", [binary_to_term(Old)]),
    Hand = <<131, 99, "2.50000000000000000000e+00", 0, 0, 0, 0, 0>>,
    io:format("~p~n", [binary_to_term(Hand)]),
    term_to_binary(id(2.5)).

id(X) -> X.
