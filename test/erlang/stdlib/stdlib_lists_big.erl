-module(stdlib_lists_big).
-export([start/0]).

start() ->
    N = 20000,
    L = gen(N, 42, []),
    S = lists:sort(L),
    io:format("~w ~w ~w~n", [length(S), lists:sublist(S, 5), lists:last(S)]),
    io:format("~w~n", [is_sorted(S)]),
    U = lists:usort(L),
    io:format("~w ~w~n", [length(U), lists:nthtail(length(U) - 3, U)]),
    D = lists:sort(fun(A, B) -> A >= B end, L),
    io:format("~w~n", [lists:sublist(D, 3)]),
    K = lists:keysort(2, [{I, X rem 100} || {I, X} <- lists:zip(lists:seq(1, N), L)]),
    io:format("~w~n", [lists:sublist(K, 4)]),
    io:format("~w~n", [lists:sum(lists:seq(1, N))]),
    io:format("~w~n", [length(lists:flatten(lists:duplicate(1000, [a, [b, [c]]])))]),
    io:format("~w~n", [lists:foldl(fun(X, A) -> X bxor A end, 0, L)]),
    M = lists:merge(lists:sort(lists:sublist(L, 1000)), lists:seq(1, 1000)),
    io:format("~w~n", [length(M)]),
    lists:max(L).

gen(0, _, Acc) -> Acc;
gen(N, S, Acc) ->
    S1 = (S * 69069 + 1) rem 4294967296,
    gen(N - 1, S1, [S1 rem 1000000 | Acc]).

is_sorted([A, B | T]) when A =< B -> is_sorted([B | T]);
is_sorted([_, _ | _]) -> false;
is_sorted(_) -> true.
