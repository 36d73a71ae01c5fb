%% maps: the higher-order and iterator functions of OTP 25's maps module
%% (our own implementation). The other maps functions (get, put, find,
%% to_list, merge, ...) are natives of the VM, which win over this module;
%% they are called here as remote calls.
%%
%% Iterators: maps:iterator(M) is [0 | M] as in OTP 25; maps:next/1 turns it
%% into the chain {K1, V1, {K2, V2, ... none}} that OTP 25 returns for small
%% maps (OTP hands out large maps in chunks; here the chain is always whole).
-module(maps).

-export([fold/3, map/2, filter/2, filtermap/2, foreach/2,
         groups_from_list/2, groups_from_list/3,
         merge_with/3, intersect/2, intersect_with/3,
         iterator/1, next/1, update_with/3, update_with/4]).

iterator(M) when is_map(M) -> [0 | M];
iterator(M) -> erlang:error({badmap, M}, [M]).

next({_, _, _} = I) -> I;
next([0 | M]) when is_map(M) -> chain(maps:to_list(M));
next(none) -> none;
next(I) -> erlang:error(badarg, [I]).

chain([{K, V} | T]) -> {K, V, chain(T)};
chain([]) -> none.

is_iterator([0 | M]) when is_map(M) -> true;
is_iterator({_, _, _}) -> true;
is_iterator(none) -> true;
is_iterator(_) -> false.

%% The {K, V} pairs of a map or an iterator, in iteration order.
pairs(M) when is_map(M) -> maps:to_list(M);
pairs(I) -> iter_pairs(next(I)).

iter_pairs({K, V, I}) -> [{K, V} | iter_pairs(next(I))];
iter_pairs(none) -> [].

fold(F, Acc, M) when is_function(F, 3) ->
    case is_map(M) orelse is_iterator(M) of
        true -> fold_1(F, Acc, pairs(M));
        false -> erlang:error({badmap, M}, [F, Acc, M])
    end;
fold(F, Acc, M) -> erlang:error(badarg, [F, Acc, M]).

fold_1(F, Acc, [{K, V} | T]) -> fold_1(F, F(K, V, Acc), T);
fold_1(_, Acc, []) -> Acc.

map(F, M) when is_function(F, 2) ->
    case is_map(M) orelse is_iterator(M) of
        true -> maps:from_list(map_1(F, pairs(M)));
        false -> erlang:error({badmap, M}, [F, M])
    end;
map(F, M) -> erlang:error(badarg, [F, M]).

map_1(F, [{K, V} | T]) -> [{K, F(K, V)} | map_1(F, T)];
map_1(_, []) -> [].

filter(P, M) when is_function(P, 2) ->
    case is_map(M) orelse is_iterator(M) of
        true -> maps:from_list(filter_1(P, pairs(M)));
        false -> erlang:error({badmap, M}, [P, M])
    end;
filter(P, M) -> erlang:error(badarg, [P, M]).

filter_1(P, [{K, V} = KV | T]) ->
    case P(K, V) of
        true -> [KV | filter_1(P, T)];
        false -> filter_1(P, T)
    end;
filter_1(_, []) -> [].

filtermap(F, M) when is_function(F, 2) ->
    case is_map(M) orelse is_iterator(M) of
        true -> maps:from_list(filtermap_1(F, pairs(M)));
        false -> erlang:error({badmap, M}, [F, M])
    end;
filtermap(F, M) -> erlang:error(badarg, [F, M]).

filtermap_1(F, [{K, V} = KV | T]) ->
    case F(K, V) of
        true -> [KV | filtermap_1(F, T)];
        {true, V2} -> [{K, V2} | filtermap_1(F, T)];
        false -> filtermap_1(F, T)
    end;
filtermap_1(_, []) -> [].

foreach(F, M) when is_function(F, 2) ->
    case is_map(M) orelse is_iterator(M) of
        true -> foreach_1(F, pairs(M));
        false -> erlang:error({badmap, M}, [F, M])
    end;
foreach(F, M) -> erlang:error(badarg, [F, M]).

foreach_1(F, [{K, V} | T]) -> F(K, V), foreach_1(F, T);
foreach_1(_, []) -> ok.

update_with(Key, F, M) when is_function(F, 1), is_map(M) ->
    case M of
        #{Key := V} -> M#{Key := F(V)};
        #{} -> erlang:error({badkey, Key}, [Key, F, M])
    end;
update_with(Key, F, M) -> erlang:error(bad_map(M), [Key, F, M]).

update_with(Key, F, Init, M) when is_function(F, 1), is_map(M) ->
    case M of
        #{Key := V} -> M#{Key := F(V)};
        #{} -> M#{Key => Init}
    end;
update_with(Key, F, Init, M) -> erlang:error(bad_map(M), [Key, F, Init, M]).

bad_map(M) when is_map(M) -> badarg;
bad_map(M) -> {badmap, M}.

merge_with(F, M1, M2) when is_map(M1), is_map(M2), is_function(F, 3) ->
    {Small, Big, Swap} =
        case maps:size(M1) =< maps:size(M2) of
            true -> {M1, M2, false};
            false -> {M2, M1, true}
        end,
    merge_with_1(F, maps:to_list(Small), Big, Swap);
merge_with(F, M1, M2) ->
    erlang:error(bad_2(F, M1, M2), [F, M1, M2]).

%% Swap: the pairs come from the second map.
merge_with_1(F, [{K, V} | T], Big, Swap) ->
    case Big of
        #{K := V0} when Swap -> merge_with_1(F, T, Big#{K := F(K, V0, V)}, Swap);
        #{K := V0} -> merge_with_1(F, T, Big#{K := F(K, V, V0)}, Swap);
        #{} -> merge_with_1(F, T, Big#{K => V}, Swap)
    end;
merge_with_1(_, [], Big, _) -> Big.

%% A bad fun comes first, then the first argument that is not a map.
bad_2(F, _, _) when not is_function(F, 3) -> badarg;
bad_2(_, M1, _) when not is_map(M1) -> {badmap, M1};
bad_2(_, _, M2) when not is_map(M2) -> {badmap, M2}.

intersect(M1, M2) when is_map(M1), is_map(M2) ->
    intersect_with(fun(_, _, V2) -> V2 end, M1, M2);
intersect(M1, M2) -> erlang:error(bad_2(fun(_, _, V) -> V end, M1, M2), [M1, M2]).

intersect_with(F, M1, M2) when is_map(M1), is_map(M2), is_function(F, 3) ->
    maps:from_list(intersect_1(F, maps:to_list(M1), M2));
intersect_with(F, M1, M2) -> erlang:error(bad_2(F, M1, M2), [F, M1, M2]).

intersect_1(F, [{K, V1} | T], M2) ->
    case M2 of
        #{K := V2} -> [{K, F(K, V1, V2)} | intersect_1(F, T, M2)];
        #{} -> intersect_1(F, T, M2)
    end;
intersect_1(_, [], _) -> [].

%% Groups in list order; the list is walked from its end, as in OTP.
groups_from_list(F, L) when is_function(F, 1) ->
    case rev(L) of
        error -> erlang:error(badarg, [F, L]);
        R -> groups_1(F, R, #{})
    end;
groups_from_list(F, L) -> erlang:error(badarg, [F, L]).

groups_1(F, [X | T], G) ->
    K = F(X),
    case G of
        #{K := Vs} -> groups_1(F, T, G#{K := [X | Vs]});
        #{} -> groups_1(F, T, G#{K => [X]})
    end;
groups_1(_, [], G) -> G.

groups_from_list(F, VF, L) when is_function(F, 1), is_function(VF, 1) ->
    case rev(L) of
        error -> erlang:error(badarg, [F, VF, L]);
        R -> groups_2(F, VF, R, #{})
    end;
groups_from_list(F, VF, L) -> erlang:error(badarg, [F, VF, L]).

groups_2(F, VF, [X | T], G) ->
    K = F(X),
    V = VF(X),
    case G of
        #{K := Vs} -> groups_2(F, VF, T, G#{K := [V | Vs]});
        #{} -> groups_2(F, VF, T, G#{K => [V]})
    end;
groups_2(_, _, [], G) -> G.

rev(L) -> rev(L, []).

rev([H | T], Acc) -> rev(T, [H | Acc]);
rev([], Acc) -> Acc;
rev(_, _) -> error.
