%% List.Chars (to_charlist/1) for the built-in types.
-module('Elixir.List.Chars').
-export([to_charlist/1]).

to_charlist(L) when is_list(L) -> unicode:characters_to_list(L);
to_charlist(X) -> unicode:characters_to_list('Elixir.String.Chars':to_string(X)).
