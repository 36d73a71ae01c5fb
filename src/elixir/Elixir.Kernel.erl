%% Kernel: the functions elixirc leaves as remote calls (most of Kernel is
%% macros or inlined BIFs).
-module('Elixir.Kernel').
-export([inspect/1, inspect/2, '=~'/2, '**'/2, struct/1, struct/2, 'struct!'/1, 'struct!'/2,
         get_in/2, put_in/3, update_in/3, pop_in/2, get_and_update_in/3]).

inspect(T) -> 'Elixir.Inspect':inspect(T, []).
inspect(T, Opts) -> 'Elixir.Inspect':inspect(T, Opts).

'=~'(S, <<>>) when is_binary(S) -> true;
'=~'(S, P) when is_binary(S), is_binary(P) -> binary:match(S, P) =/= nomatch.

'**'(B, E) when is_integer(B), is_integer(E), E >= 0 -> ipow(B, E, 1);
'**'(B, E) when is_integer(B), is_integer(E) -> erlang:error(badarith);
'**'(B, E) -> math:pow(B, E).

ipow(_, 0, Acc) -> Acc;
ipow(B, E, Acc) when E band 1 =:= 1 -> ipow(B * B, E bsr 1, Acc * B);
ipow(B, E, Acc) -> ipow(B * B, E bsr 1, Acc).

struct(S) -> struct(S, []).
struct(Mod, Fields) when is_atom(Mod) -> struct(Mod:'__struct__'(), Fields);
struct(#{'__struct__' := _} = S, Fields) ->
    lists:foldl(fun({'__struct__', _}, Acc) -> Acc;
                   ({K, V}, Acc) ->
                        case is_map_key(K, Acc) of
                            true -> Acc#{K := V};
                            false -> Acc
                        end
                end, S, to_kv(Fields)).

'struct!'(S) -> 'struct!'(S, []).
'struct!'(Mod, Fields) when is_atom(Mod) -> Mod:'__struct__'(Fields);
'struct!'(#{'__struct__' := _} = S, Fields) ->
    lists:foldl(fun({K, V}, Acc) when K =/= '__struct__' -> maps:update(K, V, Acc) end, S, to_kv(Fields)).

to_kv(M) when is_map(M) -> maps:to_list(M);
to_kv(L) -> 'Elixir.Enum':to_list(L).

get_in(Data, []) -> Data;
get_in(nil, [_ | T]) -> get_in(nil, T);
get_in(Data, [H | T]) when is_function(H, 3) -> H(get, Data, fun(X) -> get_in(X, T) end);
get_in(Data, [H | T]) -> get_in('Elixir.Access':get(Data, H), T).

put_in(Data, Keys, V) -> element(2, get_and_update_in(Data, Keys, fun(_) -> {nil, V} end)).
update_in(Data, Keys, F) -> element(2, get_and_update_in(Data, Keys, fun(X) -> {nil, F(X)} end)).

get_and_update_in(Data, [H], F) -> access(Data, H, F);
get_and_update_in(Data, [H | T], F) -> access(Data, H, fun(X) -> get_and_update_in(X, T, F) end).

access(Data, H, F) when is_function(H, 3) -> H(get_and_update, Data, F);
access(Data, H, F) -> 'Elixir.Access':get_and_update(Data, H, F).

pop_in(nil, [_ | _]) -> {nil, nil};
pop_in(Data, [H]) -> 'Elixir.Access':pop(Data, H);
pop_in(Data, [H | T]) ->
    'Elixir.Access':get_and_update(Data, H, fun(nil) -> pop; (X) -> pop_in(X, T) end).
