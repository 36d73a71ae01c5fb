-module(stdlib_lists_sort_stable).
-export([start/0]).

start() ->
    L = [{N rem 5, N} || N <- lists:seq(1, id(60))],
    io:format("~w~n", [lists:keysort(1, L)]),
    io:format("~w~n", [lists:sort(fun({A, _}, {B, _}) -> A =< B end, L)]),
    io:format("~w~n", [lists:sort(fun({A, _}, {B, _}) -> A >= B end, L)]),
    io:format("~w~n", [lists:ukeysort(1, L)]),
    io:format("~w~n", [lists:usort(fun({A, _}, {B, _}) -> A =< B end, L)]),
    Mixed = [{1, a}, {1.0, b}, {1, c}, {1.0, d}],
    io:format("~w~n", [lists:keysort(1, Mixed)]),
    io:format("~w~n", [lists:ukeysort(1, Mixed)]),
    io:format("~w~n", [lists:sort(id([1.0, 1, 1.0, 1]))]),
    io:format("~w~n", [lists:usort(id([1.0, 1, 1.0, 1]))]),
    io:format("~w~n", [lists:sort(id([3, 2.0, 1, 2, 3.0, 1.0]))]),
    R = lists:reverse(lists:seq(1, id(5000))),
    S = lists:sort(R),
    io:format("~w ~w ~w~n", [hd(S), lists:last(S), S =:= lists:seq(1, 5000)]),
    Shuffled = [(N * 7919) rem 1009 || N <- lists:seq(1, id(1009))],
    io:format("~w~n", [lists:sort(Shuffled) =:= lists:seq(0, 1008)]),
    io:format("~w~n", [lists:sublist(lists:sort(fun(A, B) -> A >= B end, Shuffled), 10)]),
    lists:sum(lists:usort(Shuffled ++ Shuffled)).

id(X) -> X.
