%% gb_trees: general balanced trees (Andersson), OTP 25's API and tree shapes
%% (our own implementation).
%%
%% A tree is {Size, Node}, Node = {Key, Value, Smaller, Bigger} | nil. Keys
%% compare with < and > (so 1 and 1.0 are the same key). Insertion rebuilds
%% the lowest subtree whose doubled height exceeds its size squared; deletion
%% never rebalances.
-module(gb_trees).

-export([empty/0, is_empty/1, size/1, lookup/2, get/2, is_defined/2, insert/3,
         update/3, enter/3, delete/2, delete_any/2, take/2, take_any/2, balance/1,
         smallest/1, largest/1, take_smallest/1, take_largest/1, keys/1, values/1,
         to_list/1, from_orddict/1, map/2, iterator/1, iterator_from/2, next/1]).

empty() -> {0, nil}.

is_empty({0, nil}) -> true;
is_empty(_) -> false.

size({Size, _}) when is_integer(Size), Size >= 0 -> Size.

lookup(Key, {_, T}) -> lookup_1(Key, T).

lookup_1(Key, {K, _, Smaller, _}) when Key < K -> lookup_1(Key, Smaller);
lookup_1(Key, {K, _, _, Bigger}) when Key > K -> lookup_1(Key, Bigger);
lookup_1(_, {_, V, _, _}) -> {value, V};
lookup_1(_, nil) -> none.

is_defined(Key, {_, T}) -> lookup_1(Key, T) =/= none.

get(Key, {_, T}) -> get_1(Key, T).

get_1(Key, {K, _, Smaller, _}) when Key < K -> get_1(Key, Smaller);
get_1(Key, {K, _, _, Bigger}) when Key > K -> get_1(Key, Bigger);
get_1(_, {_, V, _, _}) -> V.

update(Key, Val, {S, T}) -> {S, update_1(Key, Val, T)}.

update_1(Key, Val, {K, V, Smaller, Bigger}) when Key < K -> {K, V, update_1(Key, Val, Smaller), Bigger};
update_1(Key, Val, {K, V, Smaller, Bigger}) when Key > K -> {K, V, Smaller, update_1(Key, Val, Bigger)};
update_1(Key, Val, {_, _, Smaller, Bigger}) -> {Key, Val, Smaller, Bigger}.

%% Budget: the largest subtree size squared that still needs no rebuild.
insert(Key, Val, {S, T}) when is_integer(S) ->
    S1 = S + 1,
    {S1, insert_1(Key, Val, T, S1 * S1)}.

%% Returns a node, or {Node, DoubledHeight, Size} while the path may still
%% need rebalancing.
insert_1(Key, Val, {K, V, Smaller, Bigger}, B) when Key < K ->
    case insert_1(Key, Val, Smaller, B bsr 1) of
        {T1, H1, S1} ->
            rebalance({K, V, T1, Bigger}, H1, S1, Bigger);
        T1 -> {K, V, T1, Bigger}
    end;
insert_1(Key, Val, {K, V, Smaller, Bigger}, B) when Key > K ->
    case insert_1(Key, Val, Bigger, B bsr 1) of
        {T1, H1, S1} ->
            rebalance({K, V, Smaller, T1}, H1, S1, Smaller);
        T1 -> {K, V, Smaller, T1}
    end;
insert_1(Key, Val, nil, 0) -> {{Key, Val, nil, nil}, 1, 1};
insert_1(Key, Val, nil, _) -> {Key, Val, nil, nil};
insert_1(Key, _, _, _) -> erlang:error({key_exists, Key}).

rebalance(T, H1, S1, Other) ->
    {H2, S2} = count(Other),
    H = 2 * max(H1, H2),
    S = S1 + S2 + 1,
    case H > S * S of
        true -> balance_node(T, S);
        false -> {T, H, S}
    end.

%% {DoubledHeight, Size} of a subtree.
count({_, _, nil, nil}) -> {1, 1};
count({_, _, Smaller, Bigger}) ->
    {H1, S1} = count(Smaller),
    {H2, S2} = count(Bigger),
    {2 * max(H1, H2), S1 + S2 + 1};
count(nil) -> {1, 0}.

enter(Key, Val, T) ->
    case is_defined(Key, T) of
        true -> update(Key, Val, T);
        false -> insert(Key, Val, T)
    end.

balance({S, T}) -> {S, balance_node(T, S)}.

balance_node(T, S) -> balance_list(to_list_1(T, []), S).

balance_list(L, S) ->
    {T, []} = balance_list_1(L, S),
    T.

%% The bigger half goes to the smaller keys.
balance_list_1(L, S) when S > 1 ->
    Sm = S - 1,
    S2 = Sm div 2,
    S1 = Sm - S2,
    {T1, [{K, V} | L1]} = balance_list_1(L, S1),
    {T2, L2} = balance_list_1(L1, S2),
    {{K, V, T1, T2}, L2};
balance_list_1([{K, V} | L], 1) -> {{K, V, nil, nil}, L};
balance_list_1(L, 0) -> {nil, L}.

from_orddict(L) ->
    S = erlang:length(L),
    {S, balance_list(L, S)}.

delete(Key, {S, T}) when is_integer(S), S >= 0 -> {S - 1, delete_1(Key, T)}.

delete_1(Key, {K, V, Smaller, Bigger}) when Key < K -> {K, V, delete_1(Key, Smaller), Bigger};
delete_1(Key, {K, V, Smaller, Bigger}) when Key > K -> {K, V, Smaller, delete_1(Key, Bigger)};
delete_1(_, {_, _, Smaller, Bigger}) -> join(Smaller, Bigger).

join(Smaller, nil) -> Smaller;
join(nil, Bigger) -> Bigger;
join(Smaller, Bigger) ->
    {K, V, Bigger1} = take_smallest_1(Bigger),
    {K, V, Smaller, Bigger1}.

delete_any(Key, T) ->
    case is_defined(Key, T) of
        true -> delete(Key, T);
        false -> T
    end.

take(Key, {S, T}) when is_integer(S), S >= 0 ->
    {V, T1} = take_1(Key, T),
    {V, {S - 1, T1}}.

take_1(Key, {K, V, Smaller, Bigger}) when Key < K ->
    {V1, Smaller1} = take_1(Key, Smaller),
    {V1, {K, V, Smaller1, Bigger}};
take_1(Key, {K, V, Smaller, Bigger}) when Key > K ->
    {V1, Bigger1} = take_1(Key, Bigger),
    {V1, {K, V, Smaller, Bigger1}};
take_1(_, {_, V, Smaller, Bigger}) -> {V, join(Smaller, Bigger)}.

take_any(Key, T) ->
    case is_defined(Key, T) of
        true -> take(Key, T);
        false -> error
    end.

smallest({_, T}) -> smallest_1(T).

smallest_1({K, V, nil, _}) -> {K, V};
smallest_1({_, _, Smaller, _}) -> smallest_1(Smaller).

largest({_, T}) -> largest_1(T).

largest_1({K, V, _, nil}) -> {K, V};
largest_1({_, _, _, Bigger}) -> largest_1(Bigger).

take_smallest({S, T}) ->
    {K, V, T1} = take_smallest_1(T),
    {K, V, {S - 1, T1}}.

take_smallest_1({K, V, nil, Bigger}) -> {K, V, Bigger};
take_smallest_1({K, V, Smaller, Bigger}) ->
    {K1, V1, Smaller1} = take_smallest_1(Smaller),
    {K1, V1, {K, V, Smaller1, Bigger}}.

take_largest({S, T}) ->
    {K, V, T1} = take_largest_1(T),
    {K, V, {S - 1, T1}}.

take_largest_1({K, V, Smaller, nil}) -> {K, V, Smaller};
take_largest_1({K, V, Smaller, Bigger}) ->
    {K1, V1, Bigger1} = take_largest_1(Bigger),
    {K1, V1, {K, V, Smaller, Bigger1}}.

to_list({_, T}) -> to_list_1(T, []).

to_list_1({K, V, Smaller, Bigger}, L) -> to_list_1(Smaller, [{K, V} | to_list_1(Bigger, L)]);
to_list_1(nil, L) -> L.

keys({_, T}) -> keys_1(T, []).

keys_1({K, _, Smaller, Bigger}, L) -> keys_1(Smaller, [K | keys_1(Bigger, L)]);
keys_1(nil, L) -> L.

values({_, T}) -> values_1(T, []).

values_1({_, V, Smaller, Bigger}, L) -> values_1(Smaller, [V | values_1(Bigger, L)]);
values_1(nil, L) -> L.

map(F, {S, T}) when is_function(F, 2) -> {S, map_1(F, T)}.

map_1(F, {K, V, Smaller, Bigger}) -> {K, F(K, V), map_1(F, Smaller), map_1(F, Bigger)};
map_1(_, nil) -> nil.

%% An iterator is the stack of nodes still to visit, smallest first.
iterator({_, T}) -> iterator_1(T, []).

iterator_1({_, _, nil, _} = T, As) -> [T | As];
iterator_1({_, _, Smaller, _} = T, As) -> iterator_1(Smaller, [T | As]);
iterator_1(nil, As) -> As.

iterator_from(Key, {_, T}) -> iterator_from_1(Key, T, []).

iterator_from_1(Key, {K, _, _, Bigger}, As) when K < Key -> iterator_from_1(Key, Bigger, As);
iterator_from_1(_, {_, _, nil, _} = T, As) -> [T | As];
iterator_from_1(Key, {_, _, Smaller, _} = T, As) -> iterator_from_1(Key, Smaller, [T | As]);
iterator_from_1(_, nil, As) -> As.

next([{K, V, _, Bigger} | As]) -> {K, V, iterator_1(Bigger, As)};
next([]) -> none.
