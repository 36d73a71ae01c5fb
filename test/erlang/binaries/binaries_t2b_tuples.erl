-module(binaries_t2b_tuples).
-export([start/0]).

start() ->
    Ts = [{}, {a}, {1, 2}, {ok, {nested, {deep}}}, {1, "two", <<3>>, 4.0}, list_to_tuple(lists:seq(1, 255)),
          list_to_tuple(lists:seq(1, 256))],
    lists:foreach(
      fun(T) ->
              B = term_to_binary(T),
              Show = if byte_size(B) > 40 -> {byte_size(B), binary:part(B, 0, 8)}; true -> B end,
              io:format("~w ~w ~w~n", [tuple_size(T), Show, binary_to_term(B) =:= T])
      end, [id(T) || T <- Ts]),
    term_to_binary(id({ok, 1})).

id(X) -> X.
