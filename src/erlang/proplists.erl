%% proplists: property lists, the OTP 25 API (our own implementation).
%%
%% A property is an atom A (short for {A, true}) or a tuple whose first
%% element is the key. Other list elements are ignored by the lookups.
-module(proplists).

-export([property/1, property/2, unfold/1, compact/1,
         lookup/2, lookup_all/2, is_defined/2,
         get_value/2, get_value/3, get_all_values/2, append_values/2,
         get_bool/2, get_keys/1, delete/2,
         substitute_aliases/2, substitute_negations/2, expand/2,
         normalize/2, split/2, to_map/1, to_map/2, from_map/1]).

property({Key, true}) when is_atom(Key) -> Key;
property(P) -> P.

property(Key, true) when is_atom(Key) -> Key;
property(Key, Value) -> {Key, Value}.

unfold([P | Ps]) ->
    if
        is_atom(P) -> [{P, true} | unfold(Ps)];
        true -> [P | unfold(Ps)]
    end;
unfold([]) -> [].

compact(List) -> [property(P) || P <- List].

%% Whether P is a property with key Key.
has_key(Key, P) when is_atom(P) -> P =:= Key;
has_key(Key, P) when tuple_size(P) >= 1 -> element(1, P) =:= Key;
has_key(_, _) -> false.

lookup(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> {Key, true};
        tuple_size(P) >= 1, element(1, P) =:= Key -> P;
        true -> lookup(Key, Ps)
    end;
lookup(_, []) -> none.

lookup_all(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> [{Key, true} | lookup_all(Key, Ps)];
        tuple_size(P) >= 1, element(1, P) =:= Key -> [P | lookup_all(Key, Ps)];
        true -> lookup_all(Key, Ps)
    end;
lookup_all(_, []) -> [].

is_defined(Key, [P | Ps]) ->
    case has_key(Key, P) of
        true -> true;
        false -> is_defined(Key, Ps)
    end;
is_defined(_, []) -> false.

get_value(Key, List) -> get_value(Key, List, undefined).

get_value(Key, [P | Ps], Default) ->
    if
        is_atom(P), P =:= Key -> true;
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, Value} -> Value;
                _ -> Default
            end;
        true -> get_value(Key, Ps, Default)
    end;
get_value(_, [], Default) -> Default.

get_all_values(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> [true | get_all_values(Key, Ps)];
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, Value} -> [Value | get_all_values(Key, Ps)];
                _ -> get_all_values(Key, Ps)
            end;
        true -> get_all_values(Key, Ps)
    end;
get_all_values(_, []) -> [].

append_values(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> [true | append_values(Key, Ps)];
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, Value} when is_list(Value) -> Value ++ append_values(Key, Ps);
                {_, Value} -> [Value | append_values(Key, Ps)];
                _ -> append_values(Key, Ps)
            end;
        true -> append_values(Key, Ps)
    end;
append_values(_, []) -> [].

get_bool(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> true;
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, true} -> true;
                _ -> false
            end;
        true -> get_bool(Key, Ps)
    end;
get_bool(_, []) -> false.

%% The keys in the order OTP 25 returns them (that of a sets v1 set).
get_keys(Ps) -> sets:to_list(get_keys(Ps, sets:new())).

get_keys([P | Ps], Keys) ->
    if
        is_atom(P) -> get_keys(Ps, sets:add_element(P, Keys));
        tuple_size(P) >= 1 -> get_keys(Ps, sets:add_element(element(1, P), Keys));
        true -> get_keys(Ps, Keys)
    end;
get_keys([], Keys) -> Keys.

delete(Key, [P | Ps]) ->
    case has_key(Key, P) of
        true -> delete(Key, Ps);
        false -> [P | delete(Key, Ps)]
    end;
delete(_, []) -> [].

%% ---------------------------------------------------------------- normalisation

%% Each {K, K2}: a property with key K gets key K2 (first matching alias).
substitute_aliases(As, Props) -> [alias(P, As) || P <- Props].

alias(P, [{K, K2} | As]) ->
    case has_key(K, P) of
        true -> rekey(P, K2);
        false -> alias(P, As)
    end;
alias(P, []) -> P.

rekey(P, K2) when is_atom(P) -> property(K2, true);
rekey(P, K2) -> property(setelement(1, P, K2)).

%% Each {K, K2}: {K, true} (or K) becomes {K2, false}, any other property
%% with key K becomes K2.
substitute_negations(As, Props) -> [negate(P, As) || P <- Props].

negate(P, [{K, K2} | As]) ->
    case has_key(K, P) of
        true ->
            case P of
                {_, true} -> {K2, false};
                _ when is_atom(P) -> {K2, false};
                _ -> K2
            end;
        false -> negate(P, As)
    end;
negate(P, []) -> P.

%% Each {Property, Expansion}: the first entry with Property's key is
%% replaced by Expansion's terms when it is that very property; later entries
%% with the key are then dropped. Inserted terms are not expanded again.
expand(Es, Ps) when is_list(Ps) ->
    Es1 = [{property(P), V} || {P, V} <- Es],
    splice(expand_all(first_keys(Es1, []), Ps)).

%% Only the first expansion of a property counts.
first_keys([{P, _} = E | Es], Seen) ->
    case lists:member(P, Seen) of
        true -> first_keys(Es, Seen);
        false -> [E | first_keys(Es, [P | Seen])]
    end;
first_keys([], _) -> [].

key_of(P) when is_atom(P) -> P;
key_of(P) when tuple_size(P) >= 1 -> element(1, P);
key_of(P) -> P.

expand_all([{P, L} | Es], Ps) -> expand_all(Es, expand_one(key_of(P), P, L, Ps));
expand_all([], Ps) -> Ps.

%% The expansion is put in the list as it is: a list is not matched by later
%% expansions and is spliced in at the end (so are lists of the input).
expand_one(Key, P1, L, [P | Ps]) ->
    case has_key(Key, P) of
        true ->
            case property(P) =:= P1 of
                true -> [L | delete(Key, Ps)];
                false -> [property(P) | Ps]
            end;
        false -> [P | expand_one(Key, P1, L, Ps)]
    end;
expand_one(_, _, _, []) -> [].

splice([[_ | _] = L | Ps]) -> L ++ splice(Ps);
splice([[] | Ps]) -> splice(Ps);
splice([P | Ps]) -> [P | splice(Ps)];
splice([]) -> [].

normalize(L, Stages) -> compact(stages(L, Stages)).

stages(L, [{aliases, As} | Xs]) -> stages(substitute_aliases(As, L), Xs);
stages(L, [{expand, Es} | Xs]) -> stages(expand(Es, L), Xs);
stages(L, [{negations, Ns} | Xs]) -> stages(substitute_negations(Ns, L), Xs);
stages(L, []) -> L.

%% {Lists, Rest}: one list per key (in Keys' order), the rest in order.
split(List, Keys) ->
    {Store, Rest} = split_1(List, Keys, #{}, []),
    {[lists:reverse(maps:get(K, Store, [])) || K <- Keys], lists:reverse(Rest)}.

split_1([P | Ps], Keys, Store, Rest) ->
    K = if
            is_atom(P) -> {key, P};
            tuple_size(P) >= 1 -> {key, element(1, P)};
            true -> none
        end,
    case K of
        {key, Key} ->
            case lists:member(Key, Keys) of
                true -> split_1(Ps, Keys, Store#{Key => [P | maps:get(Key, Store, [])]}, Rest);
                false -> split_1(Ps, Keys, Store, [P | Rest])
            end;
        none -> split_1(Ps, Keys, Store, [P | Rest])
    end;
split_1([], _, Store, Rest) -> {Store, Rest}.

%% The first entry for a key decides; a tuple that is not a pair hides the
%% key (get_value/2 would give the default for it).
to_map([{K, V} | Ps]) -> (to_map(Ps))#{K => V};
to_map([T | Ps]) when tuple_size(T) >= 1 -> maps:remove(element(1, T), to_map(Ps));
to_map([K | Ps]) when is_atom(K) -> (to_map(Ps))#{K => true};
to_map([_ | Ps]) -> to_map(Ps);
to_map([]) -> #{}.

to_map(List, Stages) -> to_map(stages(List, Stages)).

from_map(Map) -> maps:to_list(Map).
