%% Atom.
-module('Elixir.Atom').
-export([to_string/1, to_charlist/1]).

to_string(A) -> atom_to_binary(A).
to_charlist(A) -> atom_to_list(A).
