%% lists: list processing, the OTP 25 API (our own implementation).
%%
%% Sorting is a natural merge sort: the input is cut into ascending runs
%% (strictly descending stretches are reversed, which keeps the sort stable),
%% then runs are merged pairwise, level by level. Levels alternate between
%% ascending and descending runs so no merge needs an extra reverse.
%% Functions that are BIFs in OTP (reverse/2, member/2, keyfind/3,
%% keymember/3, keysearch/3) raise badarg like the BIFs do; the VM may
%% replace them with natives.
-module(lists).

-export([append/1, append/2, subtract/2, reverse/1, reverse/2,
         nth/2, nthtail/2, prefix/2, suffix/2, droplast/1, last/1,
         seq/2, seq/3, sum/1, duplicate/2, min/1, max/1,
         sublist/2, sublist/3, delete/2,
         zip/2, unzip/1, zip3/3, unzip3/1, zipwith/3, zipwith3/4,
         concat/1, flatten/1, flatten/2, flatlength/1,
         member/2, keyfind/3, keymember/3, keysearch/3,
         keydelete/3, keyreplace/4, keytake/3, keystore/4, keymap/3,
         keysort/2, ukeysort/2, keymerge/3, ukeymerge/3,
         rkeymerge/3, rukeymerge/3,
         sort/1, sort/2, usort/1, usort/2,
         merge/1, merge/2, merge/3, merge3/3,
         rmerge/2, rmerge/3, rmerge3/3,
         umerge/1, umerge/2, umerge/3, umerge3/3,
         rumerge/2, rumerge/3, rumerge3/3,
         all/2, any/2, map/2, flatmap/2, foldl/3, foldr/3, filter/2,
         partition/2, filtermap/2, zf/2, foreach/2, mapfoldl/3, mapfoldr/3,
         takewhile/2, dropwhile/2, search/2, splitwith/2, split/2, join/2,
         enumerate/1, enumerate/2, uniq/1, uniq/2]).

%% ---------------------------------------------------------------- basics

append(L1, L2) -> L1 ++ L2.

append([E]) -> E;
append([H | T]) -> H ++ append(T);
append([]) -> [].

subtract(L1, L2) -> L1 -- L2.

reverse([] = L) -> L;
reverse([_] = L) -> L;
reverse([A, B]) -> [B, A];
reverse([A, B | T]) -> reverse(T, [B, A]).

reverse([H | T], Acc) -> reverse(T, [H | Acc]);
reverse([], Acc) -> Acc;
reverse(L, Acc) -> erlang:error(badarg, [L, Acc]).

nth(1, [H | _]) -> H;
nth(N, [_ | T]) when N > 1 -> nth(N - 1, T).

nthtail(1, [_ | T]) -> T;
nthtail(N, [_ | T]) when N > 1 -> nthtail(N - 1, T);
nthtail(0, L) when is_list(L) -> L.

prefix([X | P], [X | L]) -> prefix(P, L);
prefix([], L) when is_list(L) -> true;
prefix([_ | _], L) when is_list(L) -> false.

suffix(Suffix, List) ->
    D = length(List) - length(Suffix),
    D >= 0 andalso nthtail(D, List) =:= Suffix.

droplast([_]) -> [];
droplast([H | T]) -> [H | droplast(T)].

last([E | Es]) -> last_1(E, Es).

last_1(_, [E | Es]) -> last_1(E, Es);
last_1(E, []) -> E.

seq(First, Last)
  when is_integer(First), is_integer(Last), First - 1 =< Last ->
    seq_down(Last, First, []).

seq_down(N, First, Acc) when N >= First -> seq_down(N - 1, First, [N | Acc]);
seq_down(_, _, Acc) -> Acc.

seq(First, Last, Inc)
  when is_integer(First), is_integer(Last), is_integer(Inc) ->
    if
        Inc > 0, First - Inc =< Last; Inc < 0, First - Inc >= Last ->
            N = (Last - First + Inc) div Inc,
            seq_step(N, First + Inc * (N - 1), Inc, []);
        Inc =:= 0, First =:= Last ->
            [First];
        true ->
            erlang:error(badarg, [First, Last, Inc])
    end;
seq(First, Last, Inc) ->
    erlang:error(badarg, [First, Last, Inc]).

seq_step(0, _, _, Acc) -> Acc;
seq_step(N, X, Inc, Acc) -> seq_step(N - 1, X - Inc, Inc, [X | Acc]).

sum(L) -> sum_1(L, 0).

sum_1([H | T], S) -> sum_1(T, S + H);
sum_1([], S) -> S.

duplicate(N, X) when is_integer(N), N >= 0 -> duplicate_1(N, X, []).

duplicate_1(0, _, Acc) -> Acc;
duplicate_1(N, X, Acc) -> duplicate_1(N - 1, X, [X | Acc]).

min([H | T]) -> min_1(T, H).

min_1([H | T], M) when H < M -> min_1(T, H);
min_1([_ | T], M) -> min_1(T, M);
min_1([], M) -> M.

max([H | T]) -> max_1(T, H).

max_1([H | T], M) when H > M -> max_1(T, H);
max_1([_ | T], M) -> max_1(T, M);
max_1([], M) -> M.

sublist(List, Len) when is_integer(Len), is_list(List) -> sublist_1(List, Len).

sublist_1([H | T], Len) when Len > 0 -> [H | sublist_1(T, Len - 1)];
sublist_1(_, 0) -> [];
sublist_1(List, Len) when is_list(List), Len > 0 -> [].

sublist(List, 1, Len) when is_list(List), is_integer(Len), Len >= 0 -> sublist(List, Len);
sublist([], Start, _) when is_integer(Start), Start >= 2 -> [];
sublist([_ | T], Start, Len) when is_integer(Start), Start >= 2 -> sublist(T, Start - 1, Len).

delete(X, [X | T]) -> T;
delete(X, [H | T]) -> [H | delete(X, T)];
delete(_, []) -> [].

%% ---------------------------------------------------------------- zips

zip([X | Xs], [Y | Ys]) -> [{X, Y} | zip(Xs, Ys)];
zip([], []) -> [].

unzip(Ts) -> unzip_1(Ts, [], []).

unzip_1([{X, Y} | Ts], Xs, Ys) -> unzip_1(Ts, [X | Xs], [Y | Ys]);
unzip_1([], Xs, Ys) -> {reverse(Xs), reverse(Ys)}.

zip3([X | Xs], [Y | Ys], [Z | Zs]) -> [{X, Y, Z} | zip3(Xs, Ys, Zs)];
zip3([], [], []) -> [].

unzip3(Ts) -> unzip3_1(Ts, [], [], []).

unzip3_1([{X, Y, Z} | Ts], Xs, Ys, Zs) -> unzip3_1(Ts, [X | Xs], [Y | Ys], [Z | Zs]);
unzip3_1([], Xs, Ys, Zs) -> {reverse(Xs), reverse(Ys), reverse(Zs)}.

zipwith(F, [X | Xs], [Y | Ys]) -> [F(X, Y) | zipwith(F, Xs, Ys)];
zipwith(F, [], []) when is_function(F, 2) -> [].

zipwith3(F, [X | Xs], [Y | Ys], [Z | Zs]) -> [F(X, Y, Z) | zipwith3(F, Xs, Ys, Zs)];
zipwith3(F, [], [], []) when is_function(F, 3) -> [].

%% ---------------------------------------------------------------- flattening

concat(List) -> flatten(concat_1(List)).

concat_1([H | T]) -> [thing_to_list(H) | concat_1(T)];
concat_1([]) -> [].

thing_to_list(X) when is_integer(X) -> integer_to_list(X);
thing_to_list(X) when is_float(X) -> float_to_list(X);
thing_to_list(X) when is_atom(X) -> atom_to_list(X);
thing_to_list(X) when is_list(X) -> X.

flatten(List) when is_list(List) -> flatten_1(List, []).

flatten(List, Tail) when is_list(List), is_list(Tail) -> flatten_1(List, Tail).

flatten_1([H | T], Tail) when is_list(H) -> flatten_1(H, flatten_1(T, Tail));
flatten_1([H | T], Tail) -> [H | flatten_1(T, Tail)];
flatten_1([], Tail) -> Tail.

flatlength(List) -> flatlength_1(List, 0).

flatlength_1([H | T], N) when is_list(H) -> flatlength_1(H, flatlength_1(T, N));
flatlength_1([_ | T], N) -> flatlength_1(T, N + 1);
flatlength_1([], N) -> N.

%% ---------------------------------------------------------------- membership and keys

member(X, [X | _]) -> true;
member(X, [_ | T]) -> member(X, T);
member(_, []) -> false;
member(X, L) -> erlang:error(badarg, [X, L]).

keyfind(Key, N, List) when is_integer(N), N > 0 -> keyfind_1(Key, N, List, List);
keyfind(Key, N, List) -> erlang:error(badarg, [Key, N, List]).

keyfind_1(Key, N, [T | Rest], L) ->
    if
        is_tuple(T), tuple_size(T) >= N, element(N, T) == Key -> T;
        true -> keyfind_1(Key, N, Rest, L)
    end;
keyfind_1(_, _, [], _) -> false;
keyfind_1(Key, N, _, L) -> erlang:error(badarg, [Key, N, L]).

keymember(Key, N, List) when is_integer(N), N > 0 ->
    keyfind_1(Key, N, List, List) =/= false;
keymember(Key, N, List) -> erlang:error(badarg, [Key, N, List]).

keysearch(Key, N, List) when is_integer(N), N > 0 ->
    case keyfind_1(Key, N, List, List) of
        false -> false;
        T -> {value, T}
    end;
keysearch(Key, N, List) -> erlang:error(badarg, [Key, N, List]).

keydelete(Key, N, List) when is_integer(N), N > 0 -> keydelete_1(Key, N, List).

keydelete_1(Key, N, [H | T]) when element(N, H) == Key -> T;
keydelete_1(Key, N, [H | T]) -> [H | keydelete_1(Key, N, T)];
keydelete_1(_, _, []) -> [].

keyreplace(Key, N, List, New) when is_integer(N), N > 0, is_tuple(New) ->
    keyreplace_1(Key, N, List, New).

keyreplace_1(Key, N, [H | T], New) when element(N, H) == Key -> [New | T];
keyreplace_1(Key, N, [H | T], New) -> [H | keyreplace_1(Key, N, T, New)];
keyreplace_1(_, _, [], _) -> [].

keytake(Key, N, List) when is_integer(N), N > 0 -> keytake_1(Key, N, List, []).

keytake_1(Key, N, [H | T], Acc) when element(N, H) == Key -> {value, H, reverse(Acc, T)};
keytake_1(Key, N, [H | T], Acc) -> keytake_1(Key, N, T, [H | Acc]);
keytake_1(_, _, [], _) -> false.

keystore(Key, N, List, New) when is_integer(N), N > 0, is_tuple(New) ->
    keystore_1(Key, N, List, New).

keystore_1(Key, N, [H | T], New) when element(N, H) == Key -> [New | T];
keystore_1(Key, N, [H | T], New) -> [H | keystore_1(Key, N, T, New)];
keystore_1(_, _, [], New) -> [New].

keymap(F, N, [T | Ts]) -> [setelement(N, T, F(element(N, T))) | keymap(F, N, Ts)];
keymap(F, N, []) when is_integer(N), N >= 1, is_function(F, 1) -> [].

%% ---------------------------------------------------------------- sorting
%%
%% A sort works on "runs". Ascending runs (list of lists, in input order) are
%% merged pairwise into descending runs (in reverse order), and back.
%% Every merge is parameterised by a comparison mode:
%%   {t}          term order, =< (the first argument wins ties)
%%   {f, Fun}     Fun(A, B) true when A =< B
%%   {k, N}       term order on element N
%% usort/ukeysort drop duplicates after sorting (the sort is stable, so the
%% first of equal elements is kept).

le({t}, A, B) -> A =< B;
le({k, N}, A, B) -> element(N, A) =< element(N, B);
le({f, F}, A, B) -> F(A, B).

%% Cut a proper list into runs (ascending, stable), returned in input order.
runs({t}, [X | T]) -> runs_t(T, X, []);
runs(C, [X | T]) -> runs_1(C, T, X, [], []);
runs(_, []) -> [].

%% The same for term order, without a call per comparison.
runs_t([Y | T], X, Acc) when X =< Y -> runs_t_asc(T, Y, [X], Acc);
runs_t([Y | T], X, Acc) -> runs_t_desc(T, Y, [X], Acc);
runs_t([], X, Acc) -> reverse(Acc, [[X]]).

runs_t_asc([Y | T], X, Run, Acc) when X =< Y -> runs_t_asc(T, Y, [X | Run], Acc);
runs_t_asc([Y | T], X, Run, Acc) -> runs_t(T, Y, [reverse(Run, [X]) | Acc]);
runs_t_asc([], X, Run, Acc) -> reverse(Acc, [reverse(Run, [X])]).

runs_t_desc([Y | T], X, Run, Acc) when X > Y -> runs_t_desc(T, Y, [X | Run], Acc);
runs_t_desc([Y | T], X, Run, Acc) -> runs_t(T, Y, [[X | Run] | Acc]);
runs_t_desc([], X, Run, Acc) -> reverse(Acc, [[X | Run]]).

%% Collecting run: Last is the newest element, Run (reversed, ascending) holds
%% the previous elements. Dir: [] unknown, asc or desc.
runs_1(C, [Y | T], X, [], Acc) ->
    case le(C, X, Y) of
        true -> runs_asc(C, T, Y, [X], Acc);
        false -> runs_desc(C, T, Y, [X], Acc)
    end;
runs_1(_, [], X, [], Acc) -> reverse(Acc, [[X]]).

runs_asc(C, [Y | T], X, Run, Acc) ->
    case le(C, X, Y) of
        true -> runs_asc(C, T, Y, [X | Run], Acc);
        false -> runs_1(C, T, Y, [], [reverse(Run, [X]) | Acc])
    end;
runs_asc(_, [], X, Run, Acc) -> reverse(Acc, [reverse(Run, [X])]).

%% Strictly descending: Y < X, i.e. not X =< Y. Run holds X's predecessors
%% in ascending order already (each new one is smaller).
runs_desc(C, [Y | T], X, Run, Acc) ->
    case le(C, X, Y) of
        false -> runs_desc(C, T, Y, [X | Run], Acc);
        true -> runs_1(C, T, Y, [], [[X | Run] | Acc])
    end;
runs_desc(_, [], X, Run, Acc) -> reverse(Acc, [[X | Run]]).

%% The runs cut above must end at a tail that is []: runs_1 etc. only match
%% [_ | _] and [], so an improper list raises function_clause.

msort(C, L) -> merge_levels_asc(C, runs(C, L)).

%% Runs ascending, in input order.
merge_levels_asc(_, []) -> [];
merge_levels_asc(_, [R]) -> R;
merge_levels_asc(C, Runs) -> merge_levels_desc(C, pairs_asc(C, Runs, [])).

%% Runs descending, in reverse input order.
merge_levels_desc(_, [R]) -> reverse(R, []);
merge_levels_desc(C, Runs) -> merge_levels_asc(C, pairs_desc(C, Runs, [])).

pairs_asc(C, [A, B | Rest], Acc) -> pairs_asc(C, Rest, [mrg_a(C, A, B) | Acc]);
pairs_asc(_, [A], Acc) -> [reverse(A, []) | Acc];
pairs_asc(_, [], Acc) -> Acc.

%% Here B came before A in the input.
pairs_desc(C, [A, B | Rest], Acc) -> pairs_desc(C, Rest, [mrg_d(C, B, A) | Acc]);
pairs_desc(_, [A], Acc) -> [reverse(A, []) | Acc];
pairs_desc(_, [], Acc) -> Acc.

%% Term order and key order get merge loops of their own (the hot paths).
mrg_a({t}, A, B) -> mrg_asc_t(A, B, []);
mrg_a({k, N}, A, B) -> mrg_asc_k(N, A, B, []);
mrg_a(C, A, B) -> mrg_asc(C, A, B, []).

mrg_d({t}, A, B) -> mrg_desc_t(A, B, []);
mrg_d({k, N}, A, B) -> mrg_desc_k(N, A, B, []);
mrg_d(C, A, B) -> mrg_desc(C, A, B, []).

mrg_asc_t([X | Xs] = A, [Y | Ys] = B, Acc) ->
    if
        X =< Y -> mrg_asc_t(Xs, B, [X | Acc]);
        true -> mrg_asc_t(A, Ys, [Y | Acc])
    end;
mrg_asc_t([], B, Acc) -> reverse(B, Acc);
mrg_asc_t(A, [], Acc) -> reverse(A, Acc).

mrg_desc_t([X | Xs] = A, [Y | Ys] = B, Acc) ->
    if
        X =< Y -> mrg_desc_t(A, Ys, [Y | Acc]);
        true -> mrg_desc_t(Xs, B, [X | Acc])
    end;
mrg_desc_t([], B, Acc) -> reverse(B, Acc);
mrg_desc_t(A, [], Acc) -> reverse(A, Acc).

mrg_asc_k(N, [X | Xs] = A, [Y | Ys] = B, Acc) ->
    case element(N, X) =< element(N, Y) of
        true -> mrg_asc_k(N, Xs, B, [X | Acc]);
        false -> mrg_asc_k(N, A, Ys, [Y | Acc])
    end;
mrg_asc_k(_, [], B, Acc) -> reverse(B, Acc);
mrg_asc_k(_, A, [], Acc) -> reverse(A, Acc).

mrg_desc_k(N, [X | Xs] = A, [Y | Ys] = B, Acc) ->
    case element(N, X) =< element(N, Y) of
        true -> mrg_desc_k(N, A, Ys, [Y | Acc]);
        false -> mrg_desc_k(N, Xs, B, [X | Acc])
    end;
mrg_desc_k(_, [], B, Acc) -> reverse(B, Acc);
mrg_desc_k(_, A, [], Acc) -> reverse(A, Acc).

%% Merge ascending A (earlier) and B into a descending list (prepended to Acc).
mrg_asc(C, [X | Xs] = A, [Y | Ys] = B, Acc) ->
    case le(C, X, Y) of
        true -> mrg_asc(C, Xs, B, [X | Acc]);
        false -> mrg_asc(C, A, Ys, [Y | Acc])
    end;
mrg_asc(_, [], B, Acc) -> reverse(B, Acc);
mrg_asc(_, A, [], Acc) -> reverse(A, Acc).

%% Merge descending A (reverse of the earlier run) and B into an ascending list.
mrg_desc(C, [X | Xs] = A, [Y | Ys] = B, Acc) ->
    case le(C, X, Y) of
        true -> mrg_desc(C, A, Ys, [Y | Acc]);
        false -> mrg_desc(C, Xs, B, [X | Acc])
    end;
mrg_desc(_, [], B, Acc) -> reverse(B, Acc);
mrg_desc(_, A, [], Acc) -> reverse(A, Acc).

%% Drop each element equal to the last kept one (sorted input).
%% Equal: le(B, A) given le(A, B).
dedup(_, []) -> [];
dedup({t}, [X | T]) -> dedup_t(T, X, []);
dedup(C, [X | T]) -> dedup_1(C, T, X, []).

dedup_t([Y | T], X, Acc) when Y == X -> dedup_t(T, X, Acc);
dedup_t([Y | T], X, Acc) -> dedup_t(T, Y, [X | Acc]);
dedup_t([], X, Acc) -> reverse(Acc, [X]).

dedup_1(C, [Y | T], X, Acc) ->
    case le(C, Y, X) of
        true -> dedup_1(C, T, X, Acc);
        false -> dedup_1(C, T, Y, [X | Acc])
    end;
dedup_1(_, [], X, Acc) -> reverse(Acc, [X]).

%% sort/1 reproduces OTP's order of elements that compare equal without
%% being identical (1 and 1.0), which is not always their input order.
%% The runs are cut as OTP cuts them: the first two elements choose the mode
%% for the whole list. In ascending mode a run takes an element at its end or
%% just before its last element, and a run of two also at its front; an
%% element smaller than that is set aside and starts the next run with the
%% element after it. Descending mode is the mirror image and also takes
%% elements equal to its end or to its last element (so those end up
%% reversed). A leading stretch of equal elements joins the first run in
%% whichever mode follows it. The runs are merged stably; among equal
%% elements, ascending mode puts earlier runs first, descending mode puts
%% later runs first.
sort([X, Y | T] = L) ->
    case T of
        [] when X =< Y -> L;
        [] -> [Y, X];
        [_] -> msort({t}, L);
        _ when X == Y -> sort_eq(Y, T, [X]);
        _ when X < Y -> sort_up(X, Y, T, [], []);
        _ -> sort_down(X, Y, T, [], [])
    end;
sort([_] = L) -> L;
sort([] = L) -> L.

%% Eq: the equal elements before X, newest first.
sort_eq(X, [Y | T], Eq) when X == Y -> sort_eq(Y, T, [X | Eq]);
sort_eq(X, [Y | T], Eq) when X < Y -> sort_up(X, Y, T, Eq, []);
sort_eq(X, [Y | T], Eq) -> sort_down(X, Y, T, Eq, []);
sort_eq(X, [], Eq) -> reverse(Eq, [X]).

%% Ascending run ... R, X, Y (R newest first); Done: finished runs, each
%% descending, newest first.
sort_up(X, Y, [Z | T], R, Done) ->
    if
        Z >= Y -> sort_up(Y, Z, T, [X | R], Done);
        Z >= X -> sort_up(Z, Y, T, [X | R], Done);
        R =:= [] -> sort_up(X, Y, T, [Z], Done);
        true -> sort_up_aside(X, Y, T, R, Done, Z)
    end;
sort_up(X, Y, [], R, Done) -> merge_levels_desc({t}, [[Y, X | R] | Done]).

sort_up_aside(X, Y, [Z | T], R, Done, S) ->
    if
        Z >= Y -> sort_up_aside(Y, Z, T, [X | R], Done, S);
        Z >= X -> sort_up_aside(Z, Y, T, [X | R], Done, S);
        S =< Z -> sort_up(S, Z, T, [], [[Y, X | R] | Done]);
        true -> sort_up(Z, S, T, [], [[Y, X | R] | Done])
    end;
sort_up_aside(X, Y, [], R, Done, S) -> merge_levels_desc({t}, [[S], [Y, X | R] | Done]).

%% Descending run ... R, X, Y; Done: finished runs, each ascending, newest first.
sort_down(X, Y, [Z | T], R, Done) ->
    if
        Z =< Y -> sort_down(Y, Z, T, [X | R], Done);
        Z =< X -> sort_down(Z, Y, T, [X | R], Done);
        R =:= [] -> sort_down(X, Y, T, [Z], Done);
        true -> sort_down_aside(X, Y, T, R, Done, Z)
    end;
sort_down(X, Y, [], R, Done) -> merge_levels_asc({t}, [[Y, X | R] | Done]).

sort_down_aside(X, Y, [Z | T], R, Done, S) ->
    if
        Z =< Y -> sort_down_aside(Y, Z, T, [X | R], Done, S);
        Z =< X -> sort_down_aside(Z, Y, T, [X | R], Done, S);
        S > Z -> sort_down(S, Z, T, [], [[Y, X | R] | Done]);
        true -> sort_down(Z, S, T, [], [[Y, X | R] | Done])
    end;
sort_down_aside(X, Y, [], R, Done, S) -> merge_levels_asc({t}, [[S], [Y, X | R] | Done]).

%% Short lists without the run machinery.
msort2(C, X, Y, [_, _]) ->
    case le(C, X, Y) of
        true -> [X, Y];
        false -> [Y, X]
    end;
msort2(C, _, _, L) -> msort(C, L).

sort(F, [X, Y | _] = L) -> msort2({f, F}, X, Y, L);
sort(F, [_] = L) when is_function(F, 2) -> L;
sort(F, [] = L) when is_function(F, 2) -> L.

usort([X, Y | _] = L) -> dedup({t}, msort2({t}, X, Y, L));
usort([_] = L) -> L;
usort([] = L) -> L.

usort(F, [X, Y | _] = L) when is_function(F, 2) -> dedup({f, F}, msort2({f, F}, X, Y, L));
usort(F, [_] = L) when is_function(F, 2) -> L;
usort(F, [] = L) when is_function(F, 2) -> L.

%% keysort is stable, with one quirk copied from OTP: when a list of four or
%% more starts with elements that are equal as whole terms (==, like {1} and
%% {1.0}) and the element after them has a smaller key, that leading group
%% ends up in reverse order.
keysort(N, L) when is_integer(N), N > 0 ->
    case L of
        [] -> L;
        [_] -> L;
        [X, Y | T] ->
            KX = element(N, X),
            KY = element(N, Y),
            case T of
                [_, _ | _] when X == Y, KX == KY -> keysort_eq(N, Y, T, [X], L);
                _ -> msort2({k, N}, X, Y, L)
            end
    end.

keysort_eq(N, P, [Q | T], Eq, L) when P == Q -> keysort_eq(N, Q, T, [P | Eq], L);
keysort_eq(N, P, [Q | T], Eq, L) ->
    case element(N, P) =< element(N, Q) of
        true -> msort({k, N}, L);
        false -> msort({k, N}, [P | Eq] ++ [Q | T])
    end;
keysort_eq(_, _, [], _, L) -> L.

ukeysort(N, L) when is_integer(N), N > 0 ->
    case L of
        [] -> L;
        [_] -> L;
        [X, Y | _] -> dedup({k, N}, msort2({k, N}, X, Y, L))
    end.

%% ---------------------------------------------------------------- merging
%%
%% As in OTP, the part of a list left over when the other list runs out is
%% walked (an improper tail raises badarg), and the first list is returned
%% unchecked when the second one is empty.

proper(L) -> _ = length(L), L.

merge(L1, []) -> L1;
merge(L1, [_ | _] = L2) -> mrg_asc_r({t}, L1, L2, []).

merge(F, L1, []) when is_function(F, 2) -> L1;
merge(F, L1, [_ | _] = L2) when is_function(F, 2) -> mrg_asc_r({f, F}, L1, L2, []).

keymerge(N, L1, L2) when is_integer(N), N > 0 ->
    case L2 of
        [] -> L1;
        [_ | _] -> mrg_asc_r({k, N}, L1, L2, [])
    end.

%% Stable merge of ascending lists into an ascending result.
mrg_asc_r(C, [X | Xs] = A, [Y | Ys] = B, Acc) ->
    case le(C, X, Y) of
        true -> mrg_asc_r(C, Xs, B, [X | Acc]);
        false -> mrg_asc_r(C, A, Ys, [Y | Acc])
    end;
mrg_asc_r(_, [], B, Acc) -> reverse(Acc, proper(B));
mrg_asc_r(_, A, [], Acc) -> reverse(Acc, proper(A)).

%% Merge of descending lists (the reverse of merging the reversed lists).
rmerge(L1, []) -> L1;
rmerge(L1, [_ | _] = L2) -> rmrg({t}, L1, L2, []).

rmerge(F, L1, []) when is_function(F, 2) -> L1;
rmerge(F, L1, [_ | _] = L2) when is_function(F, 2) -> rmrg({f, F}, L1, L2, []).

rkeymerge(N, L1, L2) when is_integer(N), N > 0 ->
    case L2 of
        [] -> L1;
        [_ | _] -> rmrg({k, N}, L1, L2, [])
    end.

rmrg(C, [X | Xs] = A, [Y | Ys] = B, Acc) ->
    case le(C, X, Y) of
        true -> rmrg(C, A, Ys, [Y | Acc]);
        false -> rmrg(C, Xs, B, [X | Acc])
    end;
rmrg(_, [], B, Acc) -> reverse(Acc, proper(B));
rmrg(_, A, [], Acc) -> reverse(Acc, proper(A)).

merge3(L1, L2, L3) -> merge(L1, merge(L2, L3)).

rmerge3(L1, L2, L3) -> rmerge(L1, rmerge(L2, L3)).

%% Merge of a list of sorted lists: pairwise, earlier lists win ties.
merge(Ls) -> merge_all({t}, Ls).

merge_all(_, []) -> [];
merge_all(_, [L]) -> L;
merge_all(C, [_, _ | _] = Ls) -> merge_all(C, merge_pairs(C, Ls)).

merge_pairs(C, [A, B | Rest]) -> [mrg_asc_r(C, A, B, []) | merge_pairs(C, Rest)];
merge_pairs(_, [_] = Rest) -> Rest;
merge_pairs(_, []) -> [].

%% umerge: the first list's element wins when equal. With duplicates in the
%% inputs this follows OTP: a list-2 element is dropped only when it equals
%% the list-1 element emitted just before it.
umerge(L1, L2) -> um({t}, L1, L2).

umerge(F, L1, L2) when is_function(F, 2) -> um({f, F}, L1, L2).

ukeymerge(N, L1, L2) when is_integer(N), N > 0 ->
    case L1 of
        [] -> L2;
        [_ | _] -> um({k, N}, L1, L2)
    end.

um(_, [], L2) -> L2;
um(_, [_ | _] = L1, []) -> proper(L1);
um(C, [X | Xs], [_ | _] = L2) -> um_2(C, Xs, X, L2, []).

%% Mode 2: X (from list 1) pending, walking list 2.
um_2(C, Xs, X, [Y | Ys] = B, Acc) ->
    case le(C, X, Y) of
        true -> um_1(C, Xs, X, B, [X | Acc]);
        false -> um_2(C, Xs, X, Ys, [Y | Acc])
    end;
um_2(_, Xs, X, [], Acc) -> reverse(Acc, [X | proper(Xs)]).

%% Mode 1: Last (from list 1) just emitted, walking list 1 against Y.
um_1(C, [X | Xs], Last, [Y | Ys] = B, Acc) ->
    case le(C, X, Y) of
        true -> um_1(C, Xs, X, B, [X | Acc]);
        false ->
            case le(C, Y, Last) of
                true -> um_2(C, Xs, X, Ys, Acc);
                false -> um_2(C, Xs, X, Ys, [Y | Acc])
            end
    end;
um_1(C, [], Last, [Y | Ys], Acc) ->
    case le(C, Y, Last) of
        true -> reverse(Acc, proper(Ys));
        false -> reverse(Acc, [Y | proper(Ys)])
    end.

%% rumerge: descending lists. The mirror image of um: a list-2 element that
%% is not smaller than the pending list-1 element is held back until the
%% next list-2 element shows whether it equals that list-1 element.
rumerge(L1, L2) -> rum({t}, L1, L2).

rumerge(F, L1, L2) when is_function(F, 2) -> rum({f, F}, L1, L2).

rukeymerge(N, L1, L2) when is_integer(N), N > 0 ->
    case L2 of
        [] -> L1;
        [_ | _] -> rum({k, N}, L1, L2)
    end.

rum(_, L1, []) -> L1;
rum(_, [], [_ | _] = L2) -> proper(L2);
rum(C, [_ | _] = L1, [Y | Ys]) -> rum_1(C, L1, Y, Ys, []).

%% Walking list 1 against Y.
rum_1(C, [X | Xs], Y, Ys, Acc) ->
    case le(C, X, Y) of
        true -> rum_2(C, X, Xs, Y, Ys, Acc);
        false -> rum_1(C, Xs, Y, Ys, [X | Acc])
    end;
rum_1(_, [], Y, Ys, Acc) -> reverse(Acc, [Y | proper(Ys)]).

%% X pending, Prev (from list 2, not smaller than X) held back.
rum_2(C, X, Xs, Prev, [Y | Ys], Acc) ->
    case le(C, X, Y) of
        true -> rum_2(C, X, Xs, Y, Ys, [Prev | Acc]);
        false -> rum_1(C, Xs, Y, Ys, [X | rum_keep(C, Prev, X, Acc)])
    end;
rum_2(C, X, Xs, Prev, [], Acc) -> reverse([X | rum_keep(C, Prev, X, Acc)], proper(Xs)).

rum_keep(C, Prev, X, Acc) ->
    case le(C, Prev, X) of
        true -> Acc;
        false -> [Prev | Acc]
    end.

umerge3(L1, L2, L3) -> umerge(L1, umerge(L2, L3)).

rumerge3(L1, L2, L3) -> rumerge(L1, rumerge(L2, L3)).

umerge(Ls) -> umerge_all(Ls).

umerge_all([]) -> [];
umerge_all([L]) -> L;
umerge_all([_, _ | _] = Ls) -> umerge_all(umerge_pairs(Ls)).

umerge_pairs([A, B | Rest]) -> [um({t}, A, B) | umerge_pairs(Rest)];
umerge_pairs([_] = Rest) -> Rest;
umerge_pairs([]) -> [].

%% ---------------------------------------------------------------- higher order

all(P, L) when is_function(P, 1) ->
    case L of
        [_ | _] -> all_1(P, L);
        [] -> true
    end.

all_1(P, [H | T]) ->
    case P(H) of
        true -> all_1(P, T);
        false -> false
    end;
all_1(_, []) -> true.

any(P, L) when is_function(P, 1) ->
    case L of
        [_ | _] -> any_1(P, L);
        [] -> false
    end.

any_1(P, [H | T]) ->
    case P(H) of
        true -> true;
        false -> any_1(P, T)
    end;
any_1(_, []) -> false.

map(F, L) when is_function(F, 1) ->
    case L of
        [_ | _] -> map_1(F, L);
        [] -> []
    end.

map_1(F, [H | T]) -> [F(H) | map_1(F, T)];
map_1(_, []) -> [].

flatmap(F, L) when is_function(F, 1) -> flatmap_1(F, L).

flatmap_1(F, [H | T]) -> F(H) ++ flatmap_1(F, T);
flatmap_1(_, []) -> [].

foldl(F, Acc, L) when is_function(F, 2) ->
    case L of
        [_ | _] -> foldl_1(F, Acc, L);
        [] -> Acc
    end.

foldl_1(F, Acc, [H | T]) -> foldl_1(F, F(H, Acc), T);
foldl_1(_, Acc, []) -> Acc.

foldr(F, Acc, L) when is_function(F, 2) -> foldr_1(F, Acc, L).

foldr_1(F, Acc, [H | T]) -> F(H, foldr_1(F, Acc, T));
foldr_1(_, Acc, []) -> Acc.

filter(P, L) when is_function(P, 1) -> [X || X <- L, P(X)].

partition(P, L) when is_function(P, 1) -> partition_1(P, L, [], []).

partition_1(P, [H | T], As, Bs) ->
    case P(H) of
        true -> partition_1(P, T, [H | As], Bs);
        false -> partition_1(P, T, As, [H | Bs])
    end;
partition_1(_, [], As, Bs) -> {reverse(As), reverse(Bs)}.

filtermap(F, L) when is_function(F, 1) -> filtermap_1(F, L).

filtermap_1(F, [H | T]) ->
    case F(H) of
        false -> filtermap_1(F, T);
        true -> [H | filtermap_1(F, T)];
        {true, V} -> [V | filtermap_1(F, T)]
    end;
filtermap_1(_, []) -> [].

zf(F, L) -> filtermap(F, L).

foreach(F, L) when is_function(F, 1) -> foreach_1(F, L).

foreach_1(F, [H | T]) -> F(H), foreach_1(F, T);
foreach_1(_, []) -> ok.

mapfoldl(F, Acc, L) when is_function(F, 2) -> mapfoldl_1(F, Acc, L).

mapfoldl_1(F, Acc0, [H | T]) ->
    {R, Acc1} = F(H, Acc0),
    {Rs, Acc2} = mapfoldl_1(F, Acc1, T),
    {[R | Rs], Acc2};
mapfoldl_1(_, Acc, []) -> {[], Acc}.

mapfoldr(F, Acc, L) when is_function(F, 2) -> mapfoldr_1(F, Acc, L).

mapfoldr_1(F, Acc0, [H | T]) ->
    {Rs, Acc1} = mapfoldr_1(F, Acc0, T),
    {R, Acc2} = F(H, Acc1),
    {[R | Rs], Acc2};
mapfoldr_1(_, Acc, []) -> {[], Acc}.

takewhile(P, L) when is_function(P, 1) -> takewhile_1(P, L).

takewhile_1(P, [H | T]) ->
    case P(H) of
        true -> [H | takewhile_1(P, T)];
        false -> []
    end;
takewhile_1(_, []) -> [].

dropwhile(P, L) when is_function(P, 1) -> dropwhile_1(P, L).

dropwhile_1(P, [H | T] = L) ->
    case P(H) of
        true -> dropwhile_1(P, T);
        false -> L
    end;
dropwhile_1(_, []) -> [].

search(P, L) when is_function(P, 1) -> search_1(P, L).

search_1(P, [H | T]) ->
    case P(H) of
        true -> {value, H};
        false -> search_1(P, T)
    end;
search_1(_, []) -> false.

splitwith(P, L) when is_function(P, 1) -> splitwith_1(P, L, []).

splitwith_1(P, [H | T], Acc) ->
    case P(H) of
        true -> splitwith_1(P, T, [H | Acc]);
        false -> {reverse(Acc), [H | T]}
    end;
splitwith_1(_, [], Acc) -> {reverse(Acc), []}.

split(N, L) when is_integer(N), N >= 0, is_list(L) ->
    case split_1(N, L, []) of
        {_, _} = R -> R;
        badarg -> erlang:error(badarg, [N, L])
    end;
split(N, L) -> erlang:error(badarg, [N, L]).

split_1(0, L, Acc) -> {reverse(Acc), L};
split_1(N, [H | T], Acc) -> split_1(N - 1, T, [H | Acc]);
split_1(_, [], _) -> badarg.

join(_, []) -> [];
join(Sep, [H | T]) -> [H | join_1(Sep, T)].

join_1(_, []) -> [];
join_1(Sep, [H | T]) -> [Sep, H | join_1(Sep, T)].

enumerate(L) -> enumerate(1, L).

enumerate(I, L) when is_integer(I), is_list(L) -> enumerate_1(I, L).

enumerate_1(I, [H | T]) -> [{I, H} | enumerate_1(I + 1, T)];
enumerate_1(_, []) -> [].

uniq(L) -> uniq_1(L, #{}).

uniq_1([X | Xs], Seen) ->
    case is_map_key(X, Seen) of
        true -> uniq_1(Xs, Seen);
        false -> [X | uniq_1(Xs, Seen#{X => true})]
    end;
uniq_1([], _) -> [].

uniq(F, L) when is_function(F, 1) -> uniq_2(L, F, #{}).

uniq_2([X | Xs], F, Seen) ->
    K = F(X),
    case is_map_key(K, Seen) of
        true -> uniq_2(Xs, F, Seen);
        false -> [X | uniq_2(Xs, F, Seen#{K => true})]
    end;
uniq_2([], _, _) -> [].
