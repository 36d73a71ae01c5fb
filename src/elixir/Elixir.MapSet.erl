%% MapSet: %MapSet{map: %{elem => []}, version: 2} as Elixir 1.14 builds it.
-module('Elixir.MapSet').
-export([new/0, new/1, new/2, put/2, delete/2, 'member?'/2, size/1, to_list/1, union/2,
         intersection/2, difference/2, 'subset?'/2, 'equal?'/2, 'disjoint?'/2, filter/2]).

ms(M) -> #{'__struct__' => 'Elixir.MapSet', map => M, version => 2}.
new() -> ms(#{}).
new(E) -> ms(maps:from_list([{X, []} || X <- 'Elixir.Enum':to_list(E)])).
new(E, F) -> ms(maps:from_list([{F(X), []} || X <- 'Elixir.Enum':to_list(E)])).
put(#{map := M} = S, X) -> S#{map := M#{X => []}}.
delete(#{map := M} = S, X) -> S#{map := maps:remove(X, M)}.
'member?'(#{map := M}, X) -> is_map_key(X, M).
size(#{map := M}) -> map_size(M).
to_list(#{map := M}) -> maps:keys(M).
union(#{map := A} = S, #{map := B}) -> S#{map := maps:merge(A, B)}.
intersection(#{map := A} = S, #{map := B}) -> S#{map := maps:with(maps:keys(B), A)}.
difference(#{map := A} = S, #{map := B}) -> S#{map := maps:without(maps:keys(B), A)}.
'subset?'(#{map := A}, #{map := B}) -> lists:all(fun(K) -> is_map_key(K, B) end, maps:keys(A)).
'equal?'(#{map := A}, #{map := B}) -> maps:keys(A) =:= maps:keys(B).
'disjoint?'(#{map := A}, #{map := B}) -> not lists:any(fun(K) -> is_map_key(K, B) end, maps:keys(A)).
filter(#{map := M} = S, F) -> S#{map := maps:filter(fun(K, _) -> F(K) =/= false andalso F(K) =/= nil end, M)}.
