-module(lists_big).
-export([start/0]).

%% Long lists: must not blow any stack and must stay fast.
start() ->
    N = 100000,
    L = lists:seq(1, N),
    io:format("~w ~w~n", [length(L), lists:sum(L)]),
    R = lists:reverse(L),
    io:format("~w ~w~n", [hd(R), lists:nth(N, R)]),
    M = lists:map(fun(X) -> X * 2 end, L),
    io:format("~w~n", [lists:last(M)]),
    F = [X || X <- L, X rem 1000 =:= 0],
    io:format("~w ~w~n", [length(F), lists:sublist(F, 3)]),
    S = lists:sort(fun(A, B) -> A > B end, L),
    io:format("~w~n", [lists:sublist(S, 3)]),
    Z = lists:zip(L, R),
    io:format("~w~n", [lists:nth(100, Z)]),
    Flat = lists:flatten([[X, [X]] || X <- lists:seq(1, 50000)]),
    io:format("~w~n", [length(Flat)]),
    Str = lists:flatten(lists:duplicate(10000, "abc")),
    io:format("~w~n", [length(Str)]),
    io:format("~w~n", [L =:= lists:reverse(R)]),
    length(Z).
