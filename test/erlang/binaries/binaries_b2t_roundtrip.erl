-module(binaries_b2t_roundtrip).
-export([start/0]).

start() ->
    Terms = [0, -5, 1 bsl 100, 2.5, atom, "string", <<"binary">>, <<1:3>>, {tuple, 1, [2]},
             [a | b], #{k => v, 1 => [2]}, [], {}, fun erlang:abs/1, [{deep, [{er, {still, [deeper]}}]}],
             lists:seq(1, 300), list_to_tuple(lists:seq(1, 300)), [1.0e-10, -1.0e10]],
    lists:foreach(
      fun(T) ->
              B = term_to_binary(T),
              Back = binary_to_term(B),
              io:format("~w ~w ~w~n", [byte_size(B), Back =:= T, erlang:external_size(T) =:= byte_size(B)])
      end, [id(T) || T <- Terms]),
    All = term_to_binary(Terms),
    io:format("all: ~w ~w~n", [byte_size(All), binary_to_term(All) =:= Terms]),
    {ok, N} = {ok, length(Terms)},
    N.

id(X) -> X.
