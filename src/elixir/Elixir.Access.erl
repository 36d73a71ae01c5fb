%% Access (data[key], get_in/put_in) for maps, keyword lists and nil.
-module('Elixir.Access').
-export([get/2, get/3, fetch/2, 'fetch!'/2, get_and_update/3, pop/2]).

get(D, K) -> get(D, K, nil).
get(#{'__struct__' := _} = S, K, _) -> erlang:error({undef_access, S, K});
get(M, K, Def) when is_map(M) -> maps:get(K, M, Def);
get(L, K, Def) when is_list(L), is_atom(K) ->
    case lists:keyfind(K, 1, L) of
        {_, V} -> V;
        false -> Def
    end;
get(nil, _, Def) -> Def.

fetch(M, K) when is_map(M) -> maps:find(K, M);
fetch(L, K) when is_list(L) ->
    case lists:keyfind(K, 1, L) of
        {_, V} -> {ok, V};
        false -> error
    end;
fetch(nil, _) -> error.

'fetch!'(D, K) ->
    case fetch(D, K) of
        {ok, V} -> V;
        error -> erlang:error('Elixir.KeyError':exception([{key, K}, {term, D}]))
    end.

get_and_update(M, K, F) when is_map(M) ->
    case F(maps:get(K, M, nil)) of
        {Get, New} -> {Get, M#{K => New}};
        pop -> pop(M, K)
    end;
get_and_update(L, K, F) when is_list(L) ->
    'Elixir.Keyword':get_and_update(L, K, F).

pop(M, K) when is_map(M) -> {maps:get(K, M, nil), maps:remove(K, M)};
pop(L, K) when is_list(L) -> {get(L, K), [P || {PK, _} = P <- L, PK =/= K]};
pop(nil, _) -> {nil, nil}.
