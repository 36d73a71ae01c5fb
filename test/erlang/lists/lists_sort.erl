-module(lists_sort).
-export([start/0]).

start() ->
    L = id([5, 3, 8, 1, 9, 2, 7, 3, 5, 0, -4, 11]),
    io:format("~w~n", [lists:sort(L)]),
    io:format("~w~n", [lists:sort(fun(A, B) -> A > B end, L)]),
    io:format("~w~n", [lists:sort(fun(A, B) -> A rem 3 =< B rem 3 end, L)]),
    Words = id(["pear", "apple", "fig", "banana", "kiwi", "Apple"]),
    io:format("~p~n", [lists:sort(Words)]),
    io:format("~p~n", [lists:sort(fun(A, B) -> length(A) =< length(B) end, Words)]),
    Tuples = id([{2, b}, {1, z}, {2, a}, {1, a}, {3, c}]),
    io:format("~w~n", [lists:sort(Tuples)]),
    %% stability: keysort keeps the input order of equal keys
    io:format("~w~n", [lists:keysort(1, Tuples)]),
    Big = [(X * 7919) rem 1000 || X <- lists:seq(1, 500)],
    S = lists:sort(Big),
    io:format("~w ~w ~w~n", [hd(S), lists:last(S), is_sorted(S)]),
    io:format("~w~n", [lists:sort([])]),
    lists:sublist(S, 5).

is_sorted([A, B | T]) when A =< B -> is_sorted([B | T]);
is_sorted([_, _ | _]) -> false;
is_sorted(_) -> true.

id(X) -> X.
