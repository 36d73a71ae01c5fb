%% dict: OTP 25's dict module (our own implementation).
%%
%% The same linear hash table as sets (version 1), with the record tag dict
%% and entries [Key | Value] in the buckets, so to_list/1, fold/3 and
%% printing match OTP. New keys go to the end of their bucket. Keys match
%% exactly (=:=).
-module(dict).
-compile({no_auto_import, [size/1]}).
-compile({nowarn_deprecated_function, [{erlang, phash, 2}]}).

-export([new/0, is_key/2, to_list/1, from_list/1, size/1, is_empty/1,
         fetch/2, find/2, fetch_keys/1, erase/2, take/2, store/3, append/3,
         append_list/3, update/3, update/4, update_counter/3, fold/3, map/2,
         filter/2, merge/3]).

-define(SEG, 16).
-define(EXPAND, 5).
-define(CONTRACT, 3).

-record(dict, {size = 0, n = ?SEG, maxn = ?SEG, bso = ?SEG div 2,
               exp_size = ?SEG * ?EXPAND, con_size = ?SEG * ?CONTRACT,
               empty, segs}).

new() ->
    Empty = erlang:make_tuple(?SEG, []),
    #dict{empty = Empty, segs = {Empty}}.

is_key(Key, D) -> find_kv(Key, bucket(D, slot(D, Key))) =/= false.

find_kv(Key, [[Key | _] = KV | _]) -> KV;
find_kv(Key, [_ | B]) -> find_kv(Key, B);
find_kv(_, []) -> false.

to_list(D) -> fold(fun(K, V, L) -> [{K, V} | L] end, [], D).

from_list(L) -> lists:foldl(fun({K, V}, D) -> store(K, V, D) end, new(), L).

size(#dict{size = N}) -> N.

is_empty(#dict{size = N}) -> N =:= 0.

fetch(Key, D) ->
    case find_kv(Key, bucket(D, slot(D, Key))) of
        [_ | V] -> V;
        false -> erlang:error(badarg, [Key, D])
    end.

find(Key, D) ->
    case find_kv(Key, bucket(D, slot(D, Key))) of
        [_ | V] -> {ok, V};
        false -> error
    end.

fetch_keys(D) -> fold(fun(K, _, L) -> [K | L] end, [], D).

erase(Key, D) ->
    Slot = slot(D, Key),
    %% (The table may shrink even when Key is not there, as in OTP.)
    case del_key(Key, bucket(D, Slot)) of
        false -> shrink(D, 0);
        {B, _} -> shrink(put_bucket(D, Slot, B), 1)
    end.

%% {Bucket without Key, Value} or false.
del_key(Key, [[Key | V] | B]) -> {B, V};
del_key(Key, [E | B]) ->
    case del_key(Key, B) of
        false -> false;
        {B1, V} -> {[E | B1], V}
    end;
del_key(_, []) -> false.

take(Key, D) ->
    Slot = slot(D, Key),
    case del_key(Key, bucket(D, Slot)) of
        false -> error;
        {B, V} -> {V, shrink(put_bucket(D, Slot, B), 1)}
    end.

store(Key, Value, D) -> change(Key, fun(_) -> Value end, Value, D).

append(Key, Value, D) -> change(Key, fun(Old) -> Old ++ [Value] end, [Value], D).

append_list(Key, Values, D) -> change(Key, fun(Old) -> Old ++ Values end, Values, D).

update(Key, F, D) ->
    Slot = slot(D, Key),
    case upd(Key, F, bucket(D, Slot)) of
        false -> erlang:error(badarg, [Key, F, D]);
        B -> put_bucket(D, Slot, B)
    end.

update(Key, F, Init, D) ->
    Slot = slot(D, Key),
    B = bucket(D, Slot),
    case upd(Key, F, B) of
        false when is_function(F, 1) -> grow(put_bucket(D, Slot, B ++ [[Key | Init]]));
        false -> erlang:error(function_clause, [Key, F, Init, D]);
        B1 -> put_bucket(D, Slot, B1)
    end.

update_counter(Key, Incr, D) when is_number(Incr) ->
    change(Key, fun(Old) -> Old + Incr end, Incr, D).

%% Key's value becomes F(Old), or New for a new key (appended to its bucket).
change(Key, F, New, D) ->
    Slot = slot(D, Key),
    B = bucket(D, Slot),
    case upd(Key, F, B) of
        false -> grow(put_bucket(D, Slot, B ++ [[Key | New]]));
        B1 -> put_bucket(D, Slot, B1)
    end.

upd(Key, F, [[Key | V] | B]) -> [[Key | F(V)] | B];
upd(Key, F, [E | B]) ->
    case upd(Key, F, B) of
        false -> false;
        B1 -> [E | B1]
    end;
upd(_, _, []) -> false.

fold(F, Acc, D) ->
    Segs = D#dict.segs,
    fold_segs(F, Acc, Segs, tuple_size(Segs)).

%% Segments and buckets from the last to the first.
fold_segs(F, Acc, Segs, I) when I >= 1 ->
    Seg = element(I, Segs),
    fold_segs(F, fold_seg(F, Acc, Seg, tuple_size(Seg)), Segs, I - 1);
fold_segs(_, Acc, _, _) -> Acc.

fold_seg(F, Acc, Seg, I) when I >= 1 ->
    fold_seg(F, fold_bucket(F, Acc, element(I, Seg)), Seg, I - 1);
fold_seg(_, Acc, _, _) -> Acc.

fold_bucket(F, Acc, [[K | V] | B]) -> fold_bucket(F, F(K, V, Acc), B);
%% (The fun is checked at the end of each bucket, as in OTP.)
fold_bucket(F, Acc, []) when is_function(F, 3) -> Acc.

map(F, D) ->
    Segs = D#dict.segs,
    D#dict{segs = list_to_tuple([map_seg(F, Seg) || Seg <- tuple_to_list(Segs)])}.

map_seg(F, Seg) -> list_to_tuple([map_bucket(F, B) || B <- tuple_to_list(Seg)]).

map_bucket(F, [[K | V] | B]) -> [[K | F(K, V)] | map_bucket(F, B)];
map_bucket(F, []) when is_function(F, 2) -> [].

filter(P, D) ->
    Segs = D#dict.segs,
    {Segs1, Removed} = filter_segs(P, tuple_to_list(Segs), [], 0),
    shrink(D#dict{segs = list_to_tuple(Segs1)}, Removed).

filter_segs(P, [Seg | Segs], Acc, N) ->
    {Bs, N1} = filter_buckets(P, tuple_to_list(Seg), [], N),
    filter_segs(P, Segs, [list_to_tuple(Bs) | Acc], N1);
filter_segs(_, [], Acc, N) -> {lists:reverse(Acc), N}.

filter_buckets(P, [B | Bs], Acc, N) ->
    {Kept, N1} = filter_bucket(P, B, [], N),
    filter_buckets(P, Bs, [Kept | Acc], N1);
filter_buckets(_, [], Acc, N) -> {lists:reverse(Acc), N}.

filter_bucket(P, [[K | V] = E | Es], Acc, N) ->
    case P(K, V) of
        true -> filter_bucket(P, Es, [E | Acc], N);
        false -> filter_bucket(P, Es, Acc, N + 1)
    end;
filter_bucket(P, [], Acc, N) when is_function(P, 2) -> {lists:reverse(Acc), N}.

merge(F, D1, D2) when D1#dict.size < D2#dict.size ->
    fold(fun(K, V1, D) -> update(K, fun(V2) -> F(K, V1, V2) end, V1, D) end, D2, D1);
merge(F, D1, D2) ->
    fold(fun(K, V2, D) -> update(K, fun(V1) -> F(K, V1, V2) end, V2, D) end, D1, D2).

%% ---------------------------------------------------------------- the table

slot(D, Key) ->
    case erlang:phash(Key, D#dict.maxn) of
        H when H > D#dict.n -> H - D#dict.bso;
        H -> H
    end.

bucket(D, Slot) ->
    Segs = D#dict.segs,
    I = Slot - 1,
    element(I rem ?SEG + 1, element(I div ?SEG + 1, Segs)).

put_bucket(#dict{segs = Segs} = D, Slot, B) ->
    I = Slot - 1,
    SegI = I div ?SEG + 1,
    Seg = element(SegI, Segs),
    D#dict{segs = setelement(SegI, Segs, setelement(I rem ?SEG + 1, Seg, B))}.

%% One key was added.
grow(#dict{size = Size, exp_size = Exp} = D) when Size + 1 > Exp ->
    #dict{n = N0, maxn = MaxN0, bso = BSO0, segs = Segs0, empty = Empty} = D,
    {MaxN, BSO, Segs} =
        case N0 =:= MaxN0 of
            true -> {2 * MaxN0, 2 * BSO0,
                     list_to_tuple(tuple_to_list(Segs0) ++ lists:duplicate(tuple_size(Segs0), Empty))};
            false -> {MaxN0, BSO0, Segs0}
        end,
    N = N0 + 1,
    D1 = D#dict{maxn = MaxN, bso = BSO, segs = Segs},
    Slot1 = N - BSO,
    {B1, B2} = split_bucket(bucket(D1, Slot1), Slot1, MaxN),
    D2 = put_bucket(put_bucket(D1, Slot1, B1), N, B2),
    D2#dict{size = Size + 1, n = N, exp_size = N * ?EXPAND, con_size = N * ?CONTRACT};
grow(#dict{size = Size} = D) -> D#dict{size = Size + 1}.

split_bucket([[K | _] = E | Es], Slot1, MaxN) ->
    {B1, B2} = split_bucket(Es, Slot1, MaxN),
    case erlang:phash(K, MaxN) of
        Slot1 -> {[E | B1], B2};
        _ -> {B1, [E | B2]}
    end;
split_bucket([], _, _) -> {[], []}.

shrink(#dict{size = Size, con_size = Con, n = N} = D, Removed) when Size - Removed < Con, N > ?SEG ->
    #dict{bso = BSO} = D,
    Slot1 = N - BSO,
    D1 = put_bucket(put_bucket(D, Slot1, bucket(D, Slot1) ++ bucket(D, N)), N, []),
    N1 = N - 1,
    D2 = D1#dict{size = Size - Removed, n = N1, exp_size = N1 * ?EXPAND, con_size = N1 * ?CONTRACT},
    case N1 =:= BSO of
        true ->
            #dict{maxn = MaxN, segs = Segs} = D2,
            D2#dict{maxn = MaxN div 2, bso = BSO div 2,
                    segs = list_to_tuple(lists:sublist(tuple_to_list(Segs), tuple_size(Segs) div 2))};
        false -> D2
    end;
shrink(#dict{size = Size} = D, Removed) -> D#dict{size = Size - Removed}.
