%% Range: construction and size (Enum handles iteration).
-module('Elixir.Range').
-export([new/2, new/3, size/1]).

new(F, L) when is_integer(F), is_integer(L), F =< L -> new(F, L, 1);
new(F, L) when is_integer(F), is_integer(L) -> new(F, L, -1).
new(F, L, S) when is_integer(F), is_integer(L), is_integer(S), S =/= 0 ->
    #{'__struct__' => 'Elixir.Range', first => F, last => L, step => S};
new(F, L, S) ->
    erlang:error('Elixir.ArgumentError':exception(
                   iolist_to_binary(["ranges (first..last//step) expect both sides to be integers and the step to be a non-zero integer, got: ",
                                     'Elixir.Kernel':inspect(F), "..", 'Elixir.Kernel':inspect(L), "//",
                                     'Elixir.Kernel':inspect(S)]))).

size(#{first := F, last := L, step := S}) when S > 0, F > L; S < 0, F < L -> 0;
size(#{first := F, last := L, step := S}) -> abs((L - F) div S) + 1.
