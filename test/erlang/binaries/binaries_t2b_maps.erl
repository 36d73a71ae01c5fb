-module(binaries_t2b_maps).
-export([start/0]).

start() ->
    Ms = [#{}, #{a => 1}, #{b => 2, a => 1}, #{1 => one, "two" => 2, {three} => [3]},
          #{k => #{nested => true}}, #{<<"bin">> => 1.5}],
    lists:foreach(
      fun(M) ->
              B = term_to_binary(M),
              io:format("~w~n  ~w ~w~n", [M, B, binary_to_term(B) =:= M])
      end, [id(M) || M <- Ms]),
    %% a map with keys out of order in the encoding still decodes
    Hand = <<131, 116, 0, 0, 0, 2, 100, 0, 1, $z, 97, 1, 100, 0, 1, $a, 97, 2>>,
    io:format("~p~n", [binary_to_term(Hand)]),
    Big = maps:from_list([{N, N * N} || N <- lists:seq(1, 40)]),
    BB = term_to_binary(Big),
    io:format("~w ~w~n", [byte_size(BB), binary_to_term(BB) =:= Big]),
    term_to_binary(id(#{x => 1})).

id(X) -> X.
