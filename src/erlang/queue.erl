%% queue: OTP 25's double-ended FIFO queues (our own implementation).
%%
%% A queue is {Rear, Front}: Front holds the oldest elements in order, Rear the
%% newest ones in reverse order. The shape after each operation is the one
%% OTP produces (a queue prints the same), e.g. when one end runs empty the
%% other list is split in two halves.
-module(queue).

-export([new/0, is_queue/1, is_empty/1, len/1, to_list/1, from_list/1, member/2,
         in/2, in_r/2, out/1, out_r/1, get/1, get_r/1, peek/1, peek_r/1,
         drop/1, drop_r/1, reverse/1, join/2, split/2, filter/2, filtermap/2,
         fold/3, any/2, all/2, delete/2, delete_r/2, delete_with/2, delete_with_r/2,
         cons/2, head/1, tail/1, snoc/2, daeh/1, last/1, liat/1, lait/1, init/1]).

-define(IS_Q(R, F), is_list(R), is_list(F)).

new() -> {[], []}.

is_queue({R, F}) when ?IS_Q(R, F) -> true;
is_queue(_) -> false.

is_empty({[], []}) -> true;
is_empty({R, F}) when ?IS_Q(R, F) -> false;
is_empty(Q) -> erlang:error(badarg, [Q]).

len({R, F}) when ?IS_Q(R, F) -> erlang:length(R) + erlang:length(F);
len(Q) -> erlang:error(badarg, [Q]).

to_list({R, F}) when ?IS_Q(R, F) -> F ++ lists:reverse(R, []);
to_list(Q) -> erlang:error(badarg, [Q]).

from_list(L) when is_list(L) -> f2r(L);
from_list(L) -> erlang:error(badarg, [L]).

member(X, {R, F}) when ?IS_Q(R, F) -> lists:member(X, F) orelse lists:member(X, R);
member(X, Q) -> erlang:error(badarg, [X, Q]).

%% Front list to a queue: its second half becomes the rear.
f2r([]) -> {[], []};
f2r([_] = F) -> {F, []};
f2r([X, Y]) -> {[Y], [X]};
f2r(F) ->
    {Front, Back} = lists:split(erlang:length(F) div 2, F),
    {lists:reverse(Back, []), Front}.

%% Rear list to a queue: its second half (the oldest) becomes the front.
r2f([]) -> {[], []};
r2f([_] = R) -> {[], R};
r2f([Y, X]) -> {[Y], [X]};
r2f(R) ->
    {Rear, Older} = lists:split(erlang:length(R) div 2, R),
    {Rear, lists:reverse(Older, [])}.

in(X, {[_] = R, []}) -> {[X], R};
in(X, {R, F}) when ?IS_Q(R, F) -> {[X | R], F};
in(X, Q) -> erlang:error(badarg, [X, Q]).

in_r(X, {[], [_] = F}) -> {F, [X]};
in_r(X, {R, F}) when ?IS_Q(R, F) -> {R, [X | F]};
in_r(X, Q) -> erlang:error(badarg, [X, Q]).

out({[], []} = Q) -> {empty, Q};
out({[V], []}) -> {{value, V}, {[], []}};
out({[Y | R], []}) ->
    [V | F] = lists:reverse(R, []),
    {{value, V}, {[Y], F}};
out({R, [V]}) when is_list(R) -> {{value, V}, r2f(R)};
out({R, [V | F]}) when is_list(R) -> {{value, V}, {R, F}};
out(Q) -> erlang:error(badarg, [Q]).

out_r({[], []} = Q) -> {empty, Q};
out_r({[], [V]}) -> {{value, V}, {[], []}};
out_r({[], [Y | F]}) ->
    [V | R] = lists:reverse(F, []),
    {{value, V}, {R, [Y]}};
out_r({[V], F}) when is_list(F) -> {{value, V}, f2r(F)};
out_r({[V | R], F}) when is_list(F) -> {{value, V}, {R, F}};
out_r(Q) -> erlang:error(badarg, [Q]).

get({[], []} = Q) -> erlang:error(empty, [Q]);
get({R, F}) when ?IS_Q(R, F) -> get_1(R, F);
get(Q) -> erlang:error(badarg, [Q]).

get_1(R, []) -> lists:last(R);
get_1(_, [V | _]) -> V.

get_r({[], []} = Q) -> erlang:error(empty, [Q]);
get_r({[V | _], F}) when is_list(F) -> V;
get_r({[], F}) when is_list(F) -> lists:last(F);
get_r(Q) -> erlang:error(badarg, [Q]).

peek({[], []}) -> empty;
peek({R, F}) when ?IS_Q(R, F) -> {value, get_1(R, F)};
peek(Q) -> erlang:error(badarg, [Q]).

peek_r({[], []}) -> empty;
peek_r({[V | _], F}) when is_list(F) -> {value, V};
peek_r({[], F}) when is_list(F) -> {value, lists:last(F)};
peek_r(Q) -> erlang:error(badarg, [Q]).

drop({[], []} = Q) -> erlang:error(empty, [Q]);
drop({[_], []}) -> {[], []};
drop({[Y | R], []}) ->
    [_ | F] = lists:reverse(R, []),
    {[Y], F};
drop({R, [_]}) when is_list(R) -> r2f(R);
drop({R, [_ | F]}) when is_list(R) -> {R, F};
drop(Q) -> erlang:error(badarg, [Q]).

drop_r({[], []} = Q) -> erlang:error(empty, [Q]);
drop_r({[], [_]}) -> {[], []};
drop_r({[], [Y | F]}) ->
    [_ | R] = lists:reverse(F, []),
    {R, [Y]};
drop_r({[_], F}) when is_list(F) -> f2r(F);
drop_r({[_ | R], F}) when is_list(F) -> {R, F};
drop_r(Q) -> erlang:error(badarg, [Q]).

reverse({R, F}) when ?IS_Q(R, F) -> {F, R};
reverse(Q) -> erlang:error(badarg, [Q]).

join({R, F} = Q, {[], []}) when ?IS_Q(R, F) -> Q;
join({[], []}, {R, F} = Q) when ?IS_Q(R, F) -> Q;
join({R1, F1}, {R2, F2}) when ?IS_Q(R1, F1), ?IS_Q(R2, F2) -> {R2, F1 ++ lists:reverse(R1, F2)};
join(Q1, Q2) -> erlang:error(badarg, [Q1, Q2]).

split(0, {R, F} = Q) when ?IS_Q(R, F) -> {{[], []}, Q};
split(N, {R, F} = Q) when is_integer(N), N >= 1, ?IS_Q(R, F) ->
    Lf = erlang:length(F),
    if
        N < Lf ->
            [X | Xs] = lists:sublist(F, N),
            {{lists:reverse(Xs, []), [X]}, {R, lists:nthtail(N, F)}};
        N > Lf ->
            M = erlang:length(R) - (N - Lf),
            if
                M < 0 -> erlang:error(badarg, [N, Q]);
                M > 0 ->
                    {{lists:nthtail(M, R), F}, rear_only(lists:sublist(R, M))};
                true -> {Q, {[], []}}
            end;
        true -> {f2r(F), r2f(R)}
    end;
split(N, Q) -> erlang:error(badarg, [N, Q]).

filter(P, {R, F}) when is_function(P, 1), ?IS_Q(R, F) ->
    F1 = filter_f(P, F),
    R1 = lists:reverse(filter_f(P, lists:reverse(R, [])), []),
    balance(R1, F1);
filter(P, Q) -> erlang:error(badarg, [P, Q]).

%% Elements in order; the fun gives true, false or a list of replacements.
filter_f(P, [X | Xs]) ->
    case P(X) of
        true -> [X | filter_f(P, Xs)];
        false -> filter_f(P, Xs);
        L when is_list(L) -> L ++ filter_f(P, Xs)
    end;
filter_f(_, []) -> [].

filtermap(P, {R, F}) when is_function(P, 1), ?IS_Q(R, F) ->
    F1 = lists:filtermap(P, F),
    R1 = lists:reverse(lists:filtermap(P, lists:reverse(R, [])), []),
    balance(R1, F1);
filtermap(P, Q) -> erlang:error(badarg, [P, Q]).

%% A rear list as a queue, as split/2 leaves it: the newest element stays.
rear_only([X]) -> {[X], []};
rear_only([Y | R]) -> {[Y], lists:reverse(R, [])}.

balance([], F) -> f2r(F);
balance(R, []) -> r2f(R);
balance(R, F) -> {R, F}.

fold(Fun, Acc, {R, F}) when is_function(Fun, 2), ?IS_Q(R, F) ->
    lists:foldl(Fun, lists:foldl(Fun, Acc, F), lists:reverse(R, []));
fold(Fun, Acc, Q) -> erlang:error(badarg, [Fun, Acc, Q]).

any(P, {R, F}) when is_function(P, 1), ?IS_Q(R, F) -> lists:any(P, F) orelse lists:any(P, R);
any(P, Q) -> erlang:error(badarg, [P, Q]).

all(P, {R, F}) when is_function(P, 1), ?IS_Q(R, F) -> lists:all(P, F) andalso lists:all(P, R);
all(P, Q) -> erlang:error(badarg, [P, Q]).

delete(X, {R, F} = Q) when ?IS_Q(R, F) ->
    case del_first(fun(Y) -> Y =:= X end, F) of
        false ->
            case del_first(fun(Y) -> Y =:= X end, lists:reverse(R, [])) of
                false -> Q;
                R1 -> balance(lists:reverse(R1, []), F)
            end;
        F1 -> balance(R, F1)
    end;
delete(X, Q) -> erlang:error(badarg, [X, Q]).

delete_r(X, {R, F}) when ?IS_Q(R, F) ->
    {R1, F1} = delete(X, {F, R}),
    {F1, R1};
delete_r(X, Q) -> erlang:error(badarg, [X, Q]).

delete_with(P, {R, F} = Q) when is_function(P, 1), ?IS_Q(R, F) ->
    case del_first(P, F) of
        false ->
            case del_first(P, lists:reverse(R, [])) of
                false -> Q;
                R1 -> balance(lists:reverse(R1, []), F)
            end;
        F1 -> balance(R, F1)
    end;
delete_with(P, Q) -> erlang:error(badarg, [P, Q]).

delete_with_r(P, {R, F}) when is_function(P, 1), ?IS_Q(R, F) ->
    {R1, F1} = delete_with(P, {F, R}),
    {F1, R1};
delete_with_r(P, Q) -> erlang:error(badarg, [P, Q]).

%% The list without its first element satisfying P, or false.
del_first(P, [X | Xs]) ->
    case P(X) of
        true -> Xs;
        false ->
            case del_first(P, Xs) of
                false -> false;
                Ys -> [X | Ys]
            end
    end;
del_first(_, []) -> false.

%% Okasaki's API.
cons(X, Q) -> in_r(X, Q).

head({[], []} = Q) -> erlang:error(empty, [Q]);
head({R, F}) when ?IS_Q(R, F) -> get_1(R, F);
head(Q) -> erlang:error(badarg, [Q]).

tail(Q) -> drop(Q).

snoc(Q, X) -> in(X, Q).

daeh(Q) -> get_r(Q).

last(Q) -> get_r(Q).

liat(Q) -> drop_r(Q).

lait(Q) -> drop_r(Q).

init(Q) -> drop_r(Q).
