%% Module: alias concatenation (unconsolidated protocols dispatch through
%% Module.concat(Protocol, StructModule)).
-module('Elixir.Module').
-export([concat/1, concat/2]).

concat(A, B) -> concat([A, B]).
concat(Parts) ->
    Names = [name(P) || P <- Parts, P =/= nil],
    binary_to_atom(iolist_to_binary(["Elixir" | [[$., N] || N <- Names, N =/= <<>>]]), utf8).

name(<<"Elixir.", N/binary>>) -> N;
name(<<"Elixir">>) -> <<>>;
name(B) when is_binary(B) -> B;
name(A) when is_atom(A) -> name(atom_to_binary(A, utf8)).
