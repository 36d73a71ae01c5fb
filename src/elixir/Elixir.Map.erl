%% Map.
-module('Elixir.Map').
-export([new/0, new/1, new/2, get/2, get/3, get_lazy/3, put/3, put_new/3, put_new_lazy/3,
         fetch/2, 'fetch!'/2, 'has_key?'/2, keys/1, values/1, to_list/1, merge/2, merge/3,
         delete/2, drop/2, take/2, update/4, 'update!'/3, pop/2, pop/3, 'pop!'/2, filter/2,
         reject/2, split/2, from_struct/1, replace/3, 'replace!'/3, 'equal?'/2,
         get_and_update/3, map/2]).

new() -> #{}.
new(E) -> maps:from_list('Elixir.Enum':to_list(E)).
new(E, F) -> maps:from_list([F(X) || X <- 'Elixir.Enum':to_list(E)]).

get(M, K) -> maps:get(K, M, nil).
get(M, K, D) -> maps:get(K, M, D).
get_lazy(M, K, F) -> case M of #{K := V} -> V; _ -> F() end.
put(M, K, V) -> M#{K => V}.
put_new(M, K, V) -> case is_map_key(K, M) of true -> M; false -> M#{K => V} end.
put_new_lazy(M, K, F) -> case is_map_key(K, M) of true -> M; false -> M#{K => F()} end.
fetch(M, K) -> maps:find(K, M).
'fetch!'(M, K) ->
    case M of
        #{K := V} -> V;
        _ -> erlang:error('Elixir.KeyError':exception([{key, K}, {term, M}]))
    end.
'has_key?'(M, K) -> is_map_key(K, M).
keys(M) -> maps:keys(M).
values(M) -> maps:values(M).
to_list(M) -> maps:to_list(M).
merge(A, B) -> maps:merge(A, B).
merge(A, B, F) ->
    maps:fold(fun(K, V2, Acc) ->
                      case Acc of
                          #{K := V1} -> Acc#{K := F(K, V1, V2)};
                          _ -> Acc#{K => V2}
                      end
              end, A, B).
delete(M, K) -> maps:remove(K, M).
drop(M, Ks) -> maps:without('Elixir.Enum':to_list(Ks), M).
take(M, Ks) -> maps:with('Elixir.Enum':to_list(Ks), M).
update(M, K, Init, F) -> case M of #{K := V} -> M#{K := F(V)}; _ -> M#{K => Init} end.
'update!'(M, K, F) -> M#{K := F('fetch!'(M, K))}.
pop(M, K) -> pop(M, K, nil).
pop(M, K, D) -> case M of #{K := V} -> {V, maps:remove(K, M)}; _ -> {D, M} end.
'pop!'(M, K) -> {'fetch!'(M, K), maps:remove(K, M)}.
filter(M, F) -> maps:from_list([P || P <- maps:to_list(M), truthy(F(P))]).
reject(M, F) -> maps:from_list([P || P <- maps:to_list(M), not truthy(F(P))]).
map(M, F) -> maps:from_list([{K, F({K, V})} || {K, V} <- maps:to_list(M)]).
split(M, Ks) -> {take(M, Ks), drop(M, Ks)}.
from_struct(M) when is_atom(M) -> from_struct(M:'__struct__'());
from_struct(M) -> maps:remove('__struct__', M).
replace(M, K, V) -> case is_map_key(K, M) of true -> M#{K := V}; false -> M end.
'replace!'(M, K, V) -> 'fetch!'(M, K), M#{K := V}.
'equal?'(A, B) -> A =:= B.
get_and_update(M, K, F) ->
    case F(maps:get(K, M, nil)) of
        {Get, New} -> {Get, M#{K => New}};
        pop -> pop(M, K)
    end.

truthy(X) -> X =/= false andalso X =/= nil.
