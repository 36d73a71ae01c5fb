%% Keyword lists.
-module('Elixir.Keyword').
-export([new/0, new/1, get/2, get/3, get_values/2, put/3, put_new/3, delete/2, fetch/2,
         'fetch!'/2, 'has_key?'/2, keys/1, values/1, merge/2, take/2, drop/2, update/4,
         pop/2, pop/3, to_list/1, 'keyword?'/1, get_and_update/3, split/2]).

new() -> [].
new(E) -> lists:reverse('Elixir.Enum':uniq_by(lists:reverse('Elixir.Enum':to_list(E)), fun({K, _}) -> K end)).
get(L, K) -> get(L, K, nil).
get(L, K, D) -> case lists:keyfind(K, 1, L) of {_, V} -> V; false -> D end.
get_values(L, K) -> [V || {X, V} <- L, X =:= K].
put(L, K, V) -> [{K, V} | delete(L, K)].
put_new(L, K, V) -> case lists:keymember(K, 1, L) of true -> L; false -> [{K, V} | L] end.
delete(L, K) -> [P || {X, _} = P <- L, X =/= K].
fetch(L, K) -> case lists:keyfind(K, 1, L) of {_, V} -> {ok, V}; false -> error end.
'fetch!'(L, K) ->
    case lists:keyfind(K, 1, L) of
        {_, V} -> V;
        false -> erlang:error('Elixir.KeyError':exception([{key, K}, {term, L}]))
    end.
'has_key?'(L, K) -> lists:keymember(K, 1, L).
keys(L) -> [K || {K, _} <- L].
values(L) -> [V || {_, V} <- L].
merge(A, B) -> [P || {K, _} = P <- A, not lists:keymember(K, 1, B)] ++ B.
take(L, Ks) -> [P || {K, _} = P <- L, lists:member(K, Ks)].
drop(L, Ks) -> [P || {K, _} = P <- L, not lists:member(K, Ks)].
split(L, Ks) -> {take(L, Ks), drop(L, Ks)}.
%% The first K is updated in place and later ones dropped; a missing K goes last.
update(L, K, Init, F) ->
    case lists:keyfind(K, 1, L) of
        {_, V} -> replace_first(L, K, F(V), true);
        false -> L ++ [{K, Init}]
    end.
replace_first([{K, _} | T], K, V, true) -> [{K, V} | replace_first(T, K, V, false)];
replace_first([{K, _} | T], K, V, false) -> replace_first(T, K, V, false);
replace_first([P | T], K, V, First) -> [P | replace_first(T, K, V, First)];
replace_first([], _, _, _) -> [].
pop(L, K) -> pop(L, K, nil).
pop(L, K, D) -> {get(L, K, D), delete(L, K)}.
to_list(L) -> L.
'keyword?'([{K, _} | T]) when is_atom(K) -> 'keyword?'(T);
'keyword?'(L) -> L =:= [].
%% The first K is updated in place (later ones stay); a missing K goes first.
get_and_update(L, K, F) ->
    case F(get(L, K)) of
        {Get, New} ->
            case lists:keymember(K, 1, L) of
                true -> {Get, lists:keyreplace(K, 1, L, {K, New})};
                false -> {Get, [{K, New} | L]}
            end;
        pop -> pop(L, K)
    end.
