-module(binaries_t2b_atoms).
-export([start/0]).

start() ->
    Atoms = [a, ok, true, false, undefined, '', 'hello world', 'é', '€', list_to_atom(lists:duplicate(255, $x))],
    lists:foreach(
      fun(A) ->
              B = term_to_binary(A),
              B2 = term_to_binary(A, [{minor_version, 2}]),
              io:format("~w ~w ~w~n", [binary:part(B, 0, min(8, byte_size(B))), byte_size(B),
                                      binary:part(B2, 0, min(8, byte_size(B2)))]),
              A = binary_to_term(B),
              A = binary_to_term(B2)
      end, [id(A) || A <- Atoms]),
    %% decoding every atom tag
    Enc = [<<131, 100, 0, 2, $h, $i>>, <<131, 115, 2, $h, $i>>, <<131, 118, 0, 2, $h, $i>>,
           <<131, 119, 2, $h, $i>>, <<131, 119, 2, 195, 169>>, <<131, 100, 0, 1, 233>>],
    io:format("~p~n", [[binary_to_term(E) || E <- Enc]]),
    term_to_binary(id(atom)).

id(X) -> X.
