%% array: OTP's functional, extendible arrays (our own implementation, same API and results).
%% An array is {array, Size, Max, Default, {Depth, Tree}}: Max is 0 for a fixed-size array and 1
%% otherwise. Tree is a 16-way tree of Depth levels above the leaves (tuples of 16 values); a
%% subtree never written is the atom e (all defaults). Shrinking keeps the values beyond the new
%% size, so growing again shows them, as OTP's arrays do.
-module(array).

-export([new/0, new/1, new/2, is_array/1, size/1, sparse_size/1, default/1, is_fix/1,
         fix/1, relax/1, get/2, set/3, reset/2, resize/1, resize/2,
         to_list/1, sparse_to_list/1, from_list/1, from_list/2,
         to_orddict/1, sparse_to_orddict/1, from_orddict/1, from_orddict/2,
         map/2, sparse_map/2, foldl/3, foldr/3, sparse_foldl/3, sparse_foldr/3]).

-compile({no_auto_import, [size/1]}).

-record(array, {size = 0, max = 1, default, elements = {0, e}}).

-define(ARR(A), is_record(A, array, 5)).
-define(IDX(I), is_integer(I), I >= 0).

new() -> #array{}.

new(Opts) -> opts(Opts, #array{}).

new(Size, Opts) -> opts([{size, Size} | if is_list(Opts) -> Opts; true -> [Opts] end], #array{}).

opts([], A) -> A;
opts([O | Os], A) when is_list(Os) -> opts(Os, opt(O, A));
opts(O, A) -> opt(O, A).

opt(fixed, A) -> A#array{max = 0};
opt({fixed, true}, A) -> A#array{max = 0};
opt({fixed, false}, A) -> A#array{max = 1};
opt({default, D}, A) -> A#array{default = D};
opt({size, N}, A) -> opt(N, A);
opt(N, A) when ?IDX(N) -> A#array{size = N, max = 0};
opt(_, _) -> erlang:error(badarg).

is_array(A) -> ?ARR(A).

size(#array{size = N}) -> N;
size(_) -> erlang:error(badarg).

default(#array{default = D}) -> D;
default(_) -> erlang:error(badarg).

is_fix(#array{max = M}) -> M =:= 0.

fix(#array{} = A) -> A#array{max = 0}.

relax(#array{} = A) -> A#array{max = 1}.

%% The number of values a subtree of depth Dep covers.
span(Dep) -> 1 bsl (4 * (Dep + 1)).

get(I, #array{size = N, max = M, default = D, elements = {Dep, T}}) when ?IDX(I) ->
    if I < N -> lookup(I, Dep, T, D);
       M > 0 -> D;
       true -> erlang:error(badarg)
    end;
get(_, _) -> erlang:error(badarg).

lookup(_, _, e, D) -> D;
lookup(I, 0, T, _) -> element((I band 15) + 1, T);
lookup(I, Dep, T, D) -> lookup(I, Dep - 1, element(((I bsr (4 * Dep)) band 15) + 1, T), D).

set(I, V, #array{size = N, max = M, default = D, elements = E} = A) when ?IDX(I) ->
    if I < N -> A#array{elements = store(I, V, D, E)};
       M > 0 -> A#array{size = I + 1, elements = store(I, V, D, E)};
       true -> erlang:error(badarg)
    end;
set(_, _, _) -> erlang:error(badarg).

reset(I, #array{size = N, max = M, default = D, elements = E} = A) when ?IDX(I) ->
    if I < N -> A#array{elements = store(I, D, D, E)};
       M > 0 -> A;
       true -> erlang:error(badarg)
    end;
reset(_, _) -> erlang:error(badarg).

store(I, V, D, {Dep, T}) ->
    case I >= span(Dep) of
        true when T =:= e -> store(I, V, D, {Dep + 1, e});
        true -> store(I, V, D, {Dep + 1, setelement(1, erlang:make_tuple(16, e), T)});
        false -> {Dep, put(I, V, D, Dep, T)}
    end.

put(I, V, D, 0, e) -> setelement((I band 15) + 1, erlang:make_tuple(16, D), V);
put(I, V, _, 0, T) -> setelement((I band 15) + 1, T, V);
put(I, V, D, Dep, e) -> put(I, V, D, Dep, erlang:make_tuple(16, e));
put(I, V, D, Dep, T) ->
    K = ((I bsr (4 * Dep)) band 15) + 1,
    setelement(K, T, put(I, V, D, Dep - 1, element(K, T))).

resize(Size, #array{} = A) when ?IDX(Size) -> A#array{size = Size};
resize(_, _) -> erlang:error(badarg).

resize(A) -> resize(sparse_size(A), A).

sparse_size(A) ->
    try sparse_foldr(fun(I, _, _) -> throw({last, I}) end, 0, A) of
        _ -> 0
    catch
        throw:{last, I} -> I + 1
    end.

%% Folds F(Index, Value, Acc) over indices below the size, ascending (Dir l) or descending
%% (r); Sparse skips values equal to the default.
fold(F, Acc, #array{size = N, default = D, elements = {Dep, T}}, Sparse, Dir)
  when is_function(F, 3) ->
    walk(F, Acc, T, Dep, 0, N, D, Sparse, Dir);
fold(_, _, _, _, _) -> erlang:error(badarg).

order(l) -> [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
order(r) -> [15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0].

walk(_, Acc, _, _, Base, N, _, _, _) when Base >= N -> Acc;
walk(_, Acc, e, _, _, _, _, true, _) -> Acc;
walk(F, Acc, e, Dep, Base, N, D, false, Dir) ->
    Last = erlang:min(Base + span(Dep), N) - 1,
    Is = case Dir of
             l -> lists:seq(Base, Last);
             r -> lists:seq(Last, Base, -1)
         end,
    lists:foldl(fun(I, Ac) -> F(I, D, Ac) end, Acc, Is);
walk(F, Acc, T, 0, Base, N, D, Sparse, Dir) ->
    lists:foldl(fun(K, Ac) ->
                        I = Base + K,
                        V = element(K + 1, T),
                        if I >= N -> Ac;
                           Sparse, V =:= D -> Ac;
                           true -> F(I, V, Ac)
                        end
                end, Acc, order(Dir));
walk(F, Acc, T, Dep, Base, N, D, Sparse, Dir) ->
    S = span(Dep - 1),
    lists:foldl(fun(K, Ac) ->
                        walk(F, Ac, element(K + 1, T), Dep - 1, Base + K * S, N, D, Sparse, Dir)
                end, Acc, order(Dir)).

foldl(F, Acc, A) -> fold(F, Acc, A, false, l).
foldr(F, Acc, A) -> fold(F, Acc, A, false, r).
sparse_foldl(F, Acc, A) -> fold(F, Acc, A, true, l).
sparse_foldr(F, Acc, A) -> fold(F, Acc, A, true, r).

to_list(A) -> fold(fun(_, V, L) -> [V | L] end, [], A, false, r).
sparse_to_list(A) -> fold(fun(_, V, L) -> [V | L] end, [], A, true, r).
to_orddict(A) -> fold(fun(I, V, L) -> [{I, V} | L] end, [], A, false, r).
sparse_to_orddict(A) -> fold(fun(I, V, L) -> [{I, V} | L] end, [], A, true, r).

map(F, #array{default = D} = A) when is_function(F, 2) ->
    Vs = fold(fun(I, V, L) -> [F(I, V) | L] end, [], A, false, l),
    A#array{elements = build(lists:reverse(Vs), D)};
map(_, _) -> erlang:error(badarg).

sparse_map(F, #array{} = A) when is_function(F, 2) ->
    fold(fun(I, V, B) -> B#array{elements = store(I, F(I, V), B#array.default, B#array.elements)} end,
         A, A, true, l);
sparse_map(_, _) -> erlang:error(badarg).

from_list(L) -> from_list(L, undefined).

from_list(L, D) when is_list(L) ->
    case catch length(L) of
        N when is_integer(N) -> #array{size = N, default = D, elements = build(L, D)};
        _ -> erlang:error(badarg)
    end;
from_list(_, _) -> erlang:error(badarg).

%% The tree holding the values Vs from index 0.
build([], _) -> {0, e};
build(Vs, D) -> up(0, leaves(Vs, D)).

leaves([], _) -> [];
leaves(Vs, D) ->
    {Chunk, Rest} = take16(Vs, 16, []),
    [list_to_tuple(Chunk ++ lists:duplicate(16 - length(Chunk), D)) | leaves(Rest, D)].

up(Dep, [T]) -> {Dep, T};
up(Dep, Ts) -> up(Dep + 1, inner(Ts)).

inner([]) -> [];
inner(Ts) ->
    {Chunk, Rest} = take16(Ts, 16, []),
    [list_to_tuple(Chunk ++ lists:duplicate(16 - length(Chunk), e)) | inner(Rest)].

take16(L, 0, Acc) -> {lists:reverse(Acc), L};
take16([], _, Acc) -> {lists:reverse(Acc), []};
take16([X | L], K, Acc) -> take16(L, K - 1, [X | Acc]).

from_orddict(L) -> from_orddict(L, undefined).

from_orddict(L, D) when is_list(L) -> from_od(L, -1, #array{default = D});
from_orddict(_, _) -> erlang:error(badarg).

from_od([], _, A) -> A;
from_od([{I, V} | Rest], Prev, A) when is_integer(I), I > Prev ->
    from_od(Rest, I, set(I, V, A));
from_od(L, _, _) -> erlang:error({badarg, L}).
