%% sets: OTP 25's sets module (our own implementation).
%%
%% Version 1 sets (the default) are linear hash tables with the same record
%% and the same hashing (erlang:phash/2) as OTP 25's, so to_list/1, fold/3
%% and printing give the same order and shape. Version 2 sets
%% (new([{version, 2}])) are maps from the elements to [].
%%
%% The table: {set, Size, N, MaxN, BSO, ExpSize, ConSize, Empty, Segs}. N
%% buckets are in use out of MaxN slots; Segs is a tuple of segments of 16
%% buckets; a bucket is a list, newest element first. The table grows one
%% bucket at a time when Size exceeds 5 per bucket (splitting the bucket
%% N + 1 - BSO) and shrinks when it falls below 3 per bucket.
-module(sets).
-compile({no_auto_import, [size/1]}).
-compile({nowarn_deprecated_function, [{erlang, phash, 2}]}).

-export([new/0, new/1, is_set/1, size/1, is_empty/1, to_list/1, from_list/1, from_list/2,
         is_element/2, add_element/2, del_element/2, union/2, union/1,
         intersection/2, intersection/1, is_disjoint/2, subtract/2, is_subset/2,
         fold/3, filter/2]).

-define(SEG, 16).
-define(EXPAND, 5).
-define(CONTRACT, 3).

-record(set, {size = 0, n = ?SEG, maxn = ?SEG, bso = ?SEG div 2,
              exp_size = ?SEG * ?EXPAND, con_size = ?SEG * ?CONTRACT,
              empty, segs}).

new() ->
    Empty = erlang:make_tuple(?SEG, []),
    #set{empty = Empty, segs = {Empty}}.

new(Opts) ->
    case version(Opts) of
        1 -> new();
        2 -> #{}
    end.

version(Opts) -> proplists:get_value(version, Opts, 1).

is_set(#{}) -> true;
is_set(#set{}) -> true;
is_set(_) -> false.

size(#{} = S) -> map_size(S);
size(#set{size = N}) -> N.

is_empty(#{} = S) -> map_size(S) =:= 0;
is_empty(#set{size = N}) -> N =:= 0.

to_list(#{} = S) -> maps:keys(S);
to_list(#set{} = S) -> fold(fun(E, L) -> [E | L] end, [], S).

from_list(L) -> lists:foldl(fun(E, S) -> add_element(E, S) end, new(), L).

from_list(L, Opts) ->
    case version(Opts) of
        1 -> from_list(L);
        2 -> maps:from_keys(L, [])
    end.

is_element(E, #{} = S) ->
    case S of
        #{E := _} -> true;
        #{} -> false
    end;
is_element(E, #set{} = S) -> lists:member(E, bucket(S, slot(S, E))).

add_element(E, #{} = S) -> S#{E => []};
add_element(E, #set{} = S) ->
    Slot = slot(S, E),
    B = bucket(S, Slot),
    case lists:member(E, B) of
        true -> S;
        false -> grow(put_bucket(S, Slot, [E | B]))
    end.

del_element(E, #{} = S) -> maps:remove(E, S);
del_element(E, #set{} = S) ->
    Slot = slot(S, E),
    case del_first(E, bucket(S, Slot)) of
        false -> S;
        B -> shrink(put_bucket(S, Slot, B), 1)
    end.

del_first(E, [E | T]) -> T;
del_first(E, [X | T]) ->
    case del_first(E, T) of
        false -> false;
        T1 -> [X | T1]
    end;
del_first(_, []) -> false.

union(#{} = S1, #{} = S2) -> maps:merge(S1, S2);
union(S1, S2) ->
    case size(S1) < size(S2) of
        true -> fold(fun add_element/2, S2, S1);
        false -> fold(fun add_element/2, S1, S2)
    end.

union([S1, S2 | Ss]) -> union_all(union(S1, S2), Ss);
union([S]) -> S;
union([]) -> new().

union_all(S1, [S2 | Ss]) -> union_all(union(S1, S2), Ss);
union_all(S, []) -> S.

intersection(#{} = S1, #{} = S2) ->
    {Small, Big} = case map_size(S1) < map_size(S2) of
                       true -> {S1, S2};
                       false -> {S2, S1}
                   end,
    maps:filter(fun(E, _) -> is_map_key(E, Big) end, Small);
intersection(S1, S2) ->
    case size(S1) < size(S2) of
        true -> filter(fun(E) -> is_element(E, S2) end, S1);
        false -> filter(fun(E) -> is_element(E, S1) end, S2)
    end.

intersection([S1, S2 | Ss]) -> intersection_all(intersection(S1, S2), Ss);
intersection([S]) -> S.

intersection_all(S1, [S2 | Ss]) -> intersection_all(intersection(S1, S2), Ss);
intersection_all(S, []) -> S.

is_disjoint(S1, S2) ->
    {Small, Big} = case size(S1) < size(S2) of
                       true -> {S1, S2};
                       false -> {S2, S1}
                   end,
    fold(fun(_, false) -> false;
            (E, true) -> not is_element(E, Big)
         end, true, Small).

subtract(#{} = S1, #{} = S2) -> maps:filter(fun(E, _) -> not is_map_key(E, S2) end, S1);
subtract(S1, S2) -> filter(fun(E) -> not is_element(E, S2) end, S1).

is_subset(S1, S2) ->
    fold(fun(_, false) -> false;
            (E, true) -> is_element(E, S2)
         end, true, S1).

fold(F, Acc, #{} = S) when is_function(F, 2) -> maps:fold(fun(E, _, A) -> F(E, A) end, Acc, S);
fold(F, Acc, #set{segs = Segs}) when is_function(F, 2) -> fold_segs(F, Acc, Segs, tuple_size(Segs)).

%% Segments and buckets from the last to the first.
fold_segs(F, Acc, Segs, I) when I >= 1 ->
    Seg = element(I, Segs),
    fold_segs(F, fold_seg(F, Acc, Seg, tuple_size(Seg)), Segs, I - 1);
fold_segs(_, Acc, _, _) -> Acc.

fold_seg(F, Acc, Seg, I) when I >= 1 ->
    fold_seg(F, lists:foldl(F, Acc, element(I, Seg)), Seg, I - 1);
fold_seg(_, Acc, _, _) -> Acc.

filter(P, #{} = S) when is_function(P, 1) -> maps:filter(fun(E, _) -> P(E) end, S);
filter(P, #set{segs = Segs} = S) when is_function(P, 1) ->
    {Segs1, Removed} = filter_segs(P, tuple_to_list(Segs), [], 0),
    shrink(S#set{segs = list_to_tuple(Segs1)}, Removed).

filter_segs(P, [Seg | Segs], Acc, N) ->
    {Bs, N1} = filter_buckets(P, tuple_to_list(Seg), [], N),
    filter_segs(P, Segs, [list_to_tuple(Bs) | Acc], N1);
filter_segs(_, [], Acc, N) -> {lists:reverse(Acc), N}.

filter_buckets(P, [B | Bs], Acc, N) ->
    {Kept, N1} = filter_bucket(P, B, [], N),
    filter_buckets(P, Bs, [Kept | Acc], N1);
filter_buckets(_, [], Acc, N) -> {lists:reverse(Acc), N}.

filter_bucket(P, [E | Es], Acc, N) ->
    case P(E) of
        true -> filter_bucket(P, Es, [E | Acc], N);
        false -> filter_bucket(P, Es, Acc, N + 1)
    end;
%% (Kept elements end up in reverse order, as in OTP.)
filter_bucket(_, [], Acc, N) -> {Acc, N}.

%% ---------------------------------------------------------------- the table

slot(#set{n = N, maxn = MaxN, bso = BSO}, E) ->
    case erlang:phash(E, MaxN) of
        H when H > N -> H - BSO;
        H -> H
    end.

bucket(#set{segs = Segs}, Slot) ->
    I = Slot - 1,
    element(I rem ?SEG + 1, element(I div ?SEG + 1, Segs)).

put_bucket(#set{segs = Segs} = S, Slot, B) ->
    I = Slot - 1,
    SegI = I div ?SEG + 1,
    Seg = element(SegI, Segs),
    S#set{segs = setelement(SegI, Segs, setelement(I rem ?SEG + 1, Seg, B))}.

%% One element was added.
grow(#set{size = Size, exp_size = Exp} = S) when Size + 1 > Exp ->
    #set{n = N0, maxn = MaxN0, bso = BSO0, segs = Segs0, empty = Empty} = S,
    {MaxN, BSO, Segs} =
        case N0 =:= MaxN0 of
            true -> {2 * MaxN0, 2 * BSO0, double_segs(Segs0, Empty)};
            false -> {MaxN0, BSO0, Segs0}
        end,
    N = N0 + 1,
    S1 = S#set{maxn = MaxN, bso = BSO, segs = Segs},
    Slot1 = N - BSO,
    {B1, B2} = split_bucket(bucket(S1, Slot1), Slot1, MaxN),
    S2 = put_bucket(put_bucket(S1, Slot1, B1), N, B2),
    S2#set{size = Size + 1, n = N, exp_size = N * ?EXPAND, con_size = N * ?CONTRACT};
grow(#set{size = Size} = S) -> S#set{size = Size + 1}.

%% The elements staying in Slot1 and those moving to the new bucket, in order.
split_bucket([E | Es], Slot1, MaxN) ->
    {B1, B2} = split_bucket(Es, Slot1, MaxN),
    case erlang:phash(E, MaxN) of
        Slot1 -> {[E | B1], B2};
        _ -> {B1, [E | B2]}
    end;
split_bucket([], _, _) -> {[], []}.

double_segs(Segs, Empty) ->
    list_to_tuple(tuple_to_list(Segs) ++ lists:duplicate(tuple_size(Segs), Empty)).

%% Removed elements were taken out; one bucket may be merged back.
shrink(#set{size = Size, con_size = Con, n = N} = S, Removed) when Size - Removed < Con, N > ?SEG ->
    #set{bso = BSO} = S,
    Slot1 = N - BSO,
    S1 = put_bucket(put_bucket(S, Slot1, bucket(S, Slot1) ++ bucket(S, N)), N, []),
    N1 = N - 1,
    S2 = S1#set{size = Size - Removed, n = N1, exp_size = N1 * ?EXPAND, con_size = N1 * ?CONTRACT},
    case N1 =:= BSO of
        true ->
            #set{maxn = MaxN, segs = Segs} = S2,
            S2#set{maxn = MaxN div 2, bso = BSO div 2,
                   segs = list_to_tuple(lists:sublist(tuple_to_list(Segs), tuple_size(Segs) div 2))};
        false -> S2
    end;
shrink(#set{size = Size} = S, Removed) -> S#set{size = Size - Removed}.
