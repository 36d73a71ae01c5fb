%% gb_sets: sets as general balanced trees, OTP 25's API and tree shapes (our
%% own implementation).
%%
%% A set is {Size, Node}, Node = {Key, Smaller, Bigger} | nil; elements
%% compare with < and > (1 and 1.0 are the same element). Insertion
%% rebalances like gb_trees. union/intersection/difference choose, as OTP
%% does, between merging the two sorted lists and looking up each element,
%% and build their results from reversed lists (the bigger half of a rebuilt
%% subtree holds the bigger elements there).
-module(gb_sets).

-export([empty/0, new/0, is_empty/1, size/1, singleton/1, is_element/2, is_member/2,
         insert/2, add/2, add_element/2, balance/1, delete/2, delete_any/2,
         del_element/2, smallest/1, largest/1, take_smallest/1, take_largest/1,
         iterator/1, iterator_from/2, next/1, from_list/1, from_ordset/1, to_list/1,
         union/2, union/1, intersection/2, intersection/1, is_disjoint/2,
         difference/2, subtract/2, is_subset/2, is_set/1, filter/2, fold/3]).

empty() -> {0, nil}.

new() -> empty().

is_empty({0, nil}) -> true;
is_empty(_) -> false.

size({Size, _}) -> Size.

singleton(Key) -> {1, {Key, nil, nil}}.

is_element(Key, S) -> is_member(Key, S).

is_member(Key, {_, T}) -> member_1(Key, T).

member_1(Key, {K, Smaller, _}) when Key < K -> member_1(Key, Smaller);
member_1(Key, {K, _, Bigger}) when Key > K -> member_1(Key, Bigger);
member_1(_, {_, _, _}) -> true;
member_1(_, nil) -> false.

insert(Key, {S, T}) ->
    S1 = S + 1,
    {S1, insert_1(Key, T, S1 * S1)}.

insert_1(Key, {K, Smaller, Bigger}, B) when Key < K ->
    %% (A node is a 3-tuple too; its second element is never an integer.)
    case insert_1(Key, Smaller, B bsr 1) of
        {T1, H1, S1} when is_integer(H1) -> rebalance({K, T1, Bigger}, H1, S1, Bigger);
        T1 -> {K, T1, Bigger}
    end;
insert_1(Key, {K, Smaller, Bigger}, B) when Key > K ->
    case insert_1(Key, Bigger, B bsr 1) of
        {T1, H1, S1} when is_integer(H1) -> rebalance({K, Smaller, T1}, H1, S1, Smaller);
        T1 -> {K, Smaller, T1}
    end;
insert_1(Key, nil, 0) -> {{Key, nil, nil}, 1, 1};
insert_1(Key, nil, _) -> {Key, nil, nil};
insert_1(Key, _, _) -> erlang:error({key_exists, Key}).

rebalance(T, H1, S1, Other) ->
    {H2, S2} = count(Other),
    H = 2 * max(H1, H2),
    S = S1 + S2 + 1,
    case H > S * S of
        true -> balance_list(to_list_1(T, []), S);
        false -> {T, H, S}
    end.

count({_, nil, nil}) -> {1, 1};
count({_, Smaller, Bigger}) ->
    {H1, S1} = count(Smaller),
    {H2, S2} = count(Bigger),
    {2 * max(H1, H2), S1 + S2 + 1};
count(nil) -> {1, 0}.

add(Key, S) -> add_element(Key, S).

add_element(Key, S) ->
    case is_member(Key, S) of
        true -> S;
        false -> insert(Key, S)
    end.

balance({S, T}) -> {S, balance_list(to_list_1(T, []), S)}.

balance_list(L, S) ->
    {T, _} = balance_list_1(L, S),
    T.

balance_list_1(L, S) when S > 1 ->
    Sm = S - 1,
    S2 = Sm div 2,
    S1 = Sm - S2,
    {T1, [K | L1]} = balance_list_1(L, S1),
    {T2, L2} = balance_list_1(L1, S2),
    {{K, T1, T2}, L2};
balance_list_1([K | L], 1) -> {{K, nil, nil}, L};
balance_list_1(L, 0) -> {nil, L}.

%% The same from a list in descending order.
balance_revlist(L, S) ->
    {T, _} = balance_revlist_1(L, S),
    T.

balance_revlist_1(L, S) when S > 1 ->
    Sm = S - 1,
    S2 = Sm div 2,
    S1 = Sm - S2,
    {T2, [K | L1]} = balance_revlist_1(L, S1),
    {T1, L2} = balance_revlist_1(L1, S2),
    {{K, T1, T2}, L2};
balance_revlist_1([K | L], 1) -> {{K, nil, nil}, L};
balance_revlist_1(L, 0) -> {nil, L}.

from_ordset(L) ->
    S = erlang:length(L),
    {S, balance_list(L, S)}.

from_list(L) -> from_ordset(lists:usort(L)).

delete(Key, {S, T}) -> {S - 1, delete_1(Key, T)}.

delete_1(Key, {K, Smaller, Bigger}) when Key < K -> {K, delete_1(Key, Smaller), Bigger};
delete_1(Key, {K, Smaller, Bigger}) when Key > K -> {K, Smaller, delete_1(Key, Bigger)};
delete_1(_, {_, Smaller, Bigger}) -> join(Smaller, Bigger).

join(Smaller, nil) -> Smaller;
join(nil, Bigger) -> Bigger;
join(Smaller, Bigger) ->
    {K, Bigger1} = take_smallest_1(Bigger),
    {K, Smaller, Bigger1}.

delete_any(Key, S) ->
    case is_member(Key, S) of
        true -> delete(Key, S);
        false -> S
    end.

del_element(Key, S) -> delete_any(Key, S).

smallest({_, T}) -> smallest_1(T).

smallest_1({K, nil, _}) -> K;
smallest_1({_, Smaller, _}) -> smallest_1(Smaller).

largest({_, T}) -> largest_1(T).

largest_1({K, _, nil}) -> K;
largest_1({_, _, Bigger}) -> largest_1(Bigger).

take_smallest({S, T}) ->
    {K, T1} = take_smallest_1(T),
    {K, {S - 1, T1}}.

take_smallest_1({K, nil, Bigger}) -> {K, Bigger};
take_smallest_1({K, Smaller, Bigger}) ->
    {K1, Smaller1} = take_smallest_1(Smaller),
    {K1, {K, Smaller1, Bigger}}.

take_largest({S, T}) ->
    {K, T1} = take_largest_1(T),
    {K, {S - 1, T1}}.

take_largest_1({K, Smaller, nil}) -> {K, Smaller};
take_largest_1({K, Smaller, Bigger}) ->
    {K1, Bigger1} = take_largest_1(Bigger),
    {K1, {K, Smaller, Bigger1}}.

iterator({_, T}) -> iterator_1(T, []).

iterator_1({_, nil, _} = T, As) -> [T | As];
iterator_1({_, Smaller, _} = T, As) -> iterator_1(Smaller, [T | As]);
iterator_1(nil, As) -> As.

iterator_from(Key, {_, T}) -> iterator_from_1(Key, T, []).

iterator_from_1(Key, {K, _, Bigger}, As) when K < Key -> iterator_from_1(Key, Bigger, As);
iterator_from_1(_, {_, nil, _} = T, As) -> [T | As];
iterator_from_1(Key, {_, Smaller, _} = T, As) -> iterator_from_1(Key, Smaller, [T | As]);
iterator_from_1(_, nil, As) -> As.

next([{K, _, Bigger} | As]) -> {K, iterator_1(Bigger, As)};
next([]) -> none.

to_list({_, T}) -> to_list_1(T, []).

to_list_1({K, Smaller, Bigger}, L) -> to_list_1(Smaller, [K | to_list_1(Bigger, L)]);
to_list_1(nil, L) -> L.

is_set({0, nil}) -> true;
is_set({N, {_, _, _}}) when is_integer(N), N >= 0 -> true;
is_set(_) -> false.

filter(F, S) when is_function(F, 1) -> from_ordset([X || X <- to_list(S), F(X)]).

fold(F, Acc, {_, T}) when is_function(F, 2) -> fold_1(F, Acc, T).

fold_1(F, Acc, {K, Smaller, Bigger}) -> fold_1(F, F(K, fold_1(F, Acc, Smaller)), Bigger);
fold_1(_, Acc, nil) -> Acc.

%% ---------------------------------------------------------------- set algebra

%% Whether merging sorted lists beats looking each of N1 elements up in a
%% set of N2: N2 < N1 * round(1.46 * ln(N2)), as OTP decides it.
merge_wins(_, N2) when N2 < 10 -> true;
merge_wins(N1, N2) -> N2 < N1 * log_factor(N2).

%% round(1.46 * ln(N)) for N >= 10, from the N where it steps up.
log_factor(N) -> log_factor(N, 3, [11, 22, 44, 86, 171, 338, 670, 1329, 2636, 5228, 10369,
                                   20569, 40801, 80933, 160541, 318454, 631697, 1253056,
                                   2485607, 4930540, 9780395, 19400743, 38484012, 76338270,
                                   151427337, 300376711, 595838046, 1181925777, 2344510479,
                                   4650655306, 9225207128, 18299452647, 36299452417]).

log_factor(N, K, [T | Ts]) when N >= T -> log_factor(N, K + 1, Ts);
log_factor(_, K, _) -> K.

union({N1, T1}, {N2, T2}) when N2 < N1 -> union_1(to_list_1(T2, []), N2, T1, N1);
union({N1, T1}, {N2, T2}) -> union_1(to_list_1(T1, []), N1, T2, N2).

union_1(L, N1, T2, N2) ->
    case merge_wins(N1, N2) of
        true -> union_merge(L, to_list_1(T2, []), [], N1 + N2);
        false -> lists:foldl(fun add_element/2, {N2, T2}, L)
    end.

%% Merge: the list whose head was smaller goes on second; an element in both
%% is taken from the first list.
union_merge([X | Xs], [Y | _] = Ys, Acc, S) when X < Y -> union_merge(Xs, Ys, [X | Acc], S);
union_merge([X | _] = Xs, [Y | Ys], Acc, S) when X > Y -> union_merge(Ys, Xs, [Y | Acc], S);
union_merge([X | Xs], [_ | Ys], Acc, S) -> union_merge(Xs, Ys, [X | Acc], S - 1);
union_merge([], Ys, Acc, S) -> {S, balance_revlist(lists:reverse(Ys, Acc), S)};
union_merge(Xs, [], Acc, S) -> {S, balance_revlist(lists:reverse(Xs, Acc), S)}.

union([S | Ss]) -> union_all(S, Ss);
union([]) -> empty().

union_all(S, [S1 | Ss]) -> union_all(union(S, S1), Ss);
union_all(S, []) -> S.

intersection({N1, T1}, {N2, T2}) when N2 < N1 -> intersection_1(to_list_1(T2, []), N2, T2, T1, N1);
intersection({N1, T1}, {N2, T2}) -> intersection_1(to_list_1(T1, []), N1, T1, T2, N2).

intersection_1(L, N1, _, T2, N2) ->
    case merge_wins(N1, N2) of
        true -> intersection_merge(L, to_list_1(T2, []), [], 0);
        false -> intersection_lookup(L, T2, [], 0)
    end.

intersection_merge([X | Xs], [Y | _] = Ys, Acc, S) when X < Y -> intersection_merge(Xs, Ys, Acc, S);
intersection_merge([X | _] = Xs, [Y | Ys], Acc, S) when X > Y -> intersection_merge(Ys, Xs, Acc, S);
intersection_merge([X | Xs], [_ | Ys], Acc, S) -> intersection_merge(Xs, Ys, [X | Acc], S + 1);
intersection_merge(_, _, Acc, S) -> {S, balance_revlist(Acc, S)}.

intersection_lookup([X | Xs], T, Acc, S) ->
    case member_1(X, T) of
        true -> intersection_lookup(Xs, T, [X | Acc], S + 1);
        false -> intersection_lookup(Xs, T, Acc, S)
    end;
intersection_lookup([], _, Acc, S) -> {S, balance_revlist(Acc, S)}.

intersection([S | Ss]) -> intersection_all(S, Ss).

intersection_all(S, [S1 | Ss]) -> intersection_all(intersection(S, S1), Ss);
intersection_all(S, []) -> S.

difference({N1, T1}, {N2, T2}) ->
    L = to_list_1(T1, []),
    case merge_wins(N1, N2) of
        true -> difference_merge(L, to_list_1(T2, []), [], N1);
        false -> difference_lookup(L, T2, [], 0)
    end.

subtract(S1, S2) -> difference(S1, S2).

difference_merge([X | Xs], [Y | _] = Ys, Acc, S) when X < Y -> difference_merge(Xs, Ys, [X | Acc], S);
difference_merge([X | _] = Xs, [Y | Ys], Acc, S) when X > Y -> difference_merge(Xs, Ys, Acc, S);
difference_merge([_ | Xs], [_ | Ys], Acc, S) -> difference_merge(Xs, Ys, Acc, S - 1);
difference_merge([], _, Acc, S) -> {S, balance_revlist(Acc, S)};
difference_merge(Xs, [], Acc, S) -> {S, balance_revlist(lists:reverse(Xs, Acc), S)}.

difference_lookup([X | Xs], T, Acc, S) ->
    case member_1(X, T) of
        true -> difference_lookup(Xs, T, Acc, S);
        false -> difference_lookup(Xs, T, [X | Acc], S + 1)
    end;
difference_lookup([], _, Acc, S) -> {S, balance_revlist(Acc, S)}.

is_subset({_, T1}, {_, T2}) -> lists:all(fun(X) -> member_1(X, T2) end, to_list_1(T1, [])).

is_disjoint({N1, T1}, {N2, T2}) when N1 < N2 -> disjoint_1(to_list_1(T1, []), T2);
is_disjoint({_, T1}, {_, T2}) -> disjoint_1(to_list_1(T2, []), T1).

disjoint_1([X | Xs], T) ->
    case member_1(X, T) of
        true -> false;
        false -> disjoint_1(Xs, T)
    end;
disjoint_1([], _) -> true.
