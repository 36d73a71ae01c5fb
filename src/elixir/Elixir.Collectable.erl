%% Collectable.into/1 (for comprehensions with :into, Enum.into/2) for lists,
%% maps, MapSets and binaries; other structs use Elixir.Collectable.<Struct>.
-module('Elixir.Collectable').
-export([into/1]).

into(L) when is_list(L) ->
    {[], fun(Acc, {cont, X}) -> [X | Acc];
            (Acc, done) -> L ++ lists:reverse(Acc);
            (_, halt) -> ok
         end};
into(#{'__struct__' := 'Elixir.MapSet'} = S) ->
    {S, fun(Acc, {cont, X}) -> 'Elixir.MapSet':put(Acc, X);
           (Acc, done) -> Acc;
           (_, halt) -> ok
        end};
into(#{'__struct__' := Mod} = S) when is_atom(Mod) ->
    <<"Elixir.", Name/binary>> = atom_to_binary(Mod),
    (binary_to_atom(<<"Elixir.Collectable.", Name/binary>>)):into(S);
into(M) when is_map(M) ->
    {M, fun(Acc, {cont, {K, V}}) -> Acc#{K => V};
           (Acc, done) -> Acc;
           (_, halt) -> ok
        end};
into(B) when is_binary(B) ->
    {[B], fun(Acc, {cont, X}) -> [Acc | X];
             (Acc, done) -> iolist_to_binary(Acc);
             (_, halt) -> ok
          end}.
