-module(lists_recursion).
-export([start/0]).

start() ->
    L = lists:seq(1, 20),
    io:format("~w ~w~n", [len(L), len_tail(L, 0)]),
    io:format("~w ~w~n", [sum(L), sum_tail(L, 0)]),
    io:format("~w~n", [rev(L, [])]),
    io:format("~w~n", [map(fun(X) -> X * X end, L)]),
    io:format("~w~n", [filter(fun(X) -> X rem 3 =:= 0 end, L)]),
    io:format("~w~n", [take(5, L)]),
    io:format("~w~n", [interleave([a, b, c], [1, 2, 3, 4, 5])]),
    Deep = lists:seq(1, 100000),
    io:format("~w ~w~n", [len_tail(Deep, 0), sum(Deep)]),
    {len(L), sum(L)}.

len([]) -> 0;
len([_ | T]) -> 1 + len(T).

len_tail([], N) -> N;
len_tail([_ | T], N) -> len_tail(T, N + 1).

sum([]) -> 0;
sum([H | T]) -> H + sum(T).

sum_tail([], S) -> S;
sum_tail([H | T], S) -> sum_tail(T, S + H).

rev([], Acc) -> Acc;
rev([H | T], Acc) -> rev(T, [H | Acc]).

map(_, []) -> [];
map(F, [H | T]) -> [F(H) | map(F, T)].

filter(_, []) -> [];
filter(P, [H | T]) -> case P(H) of true -> [H | filter(P, T)]; false -> filter(P, T) end.

take(0, _) -> [];
take(_, []) -> [];
take(N, [H | T]) -> [H | take(N - 1, T)].

interleave([], Ys) -> Ys;
interleave(Xs, []) -> Xs;
interleave([X | Xs], [Y | Ys]) -> [X, Y | interleave(Xs, Ys)].
