-module(stdlib_lists_big_ops).
-export([start/0]).

start() ->
    N = id(20000),
    L = lists:seq(1, N),
    io:format("~w~n", [lists:sum(L)]),
    io:format("~w~n", [length(lists:reverse(L))]),
    io:format("~w~n", [lists:last(lists:map(fun(X) -> X * 2 end, L))]),
    io:format("~w~n", [length(lists:filter(fun(X) -> X rem 3 =:= 0 end, L))]),
    io:format("~w~n", [lists:foldr(fun(X, A) -> X + A end, 0, L)]),
    io:format("~w~n", [lists:nth(N, L)]),
    io:format("~w~n", [lists:nthtail(N - 3, L)]),
    io:format("~w~n", [length(lists:flatten([[X, [X]] || X <- L]))]),
    io:format("~w~n", [lists:max(L) + lists:min(L)]),
    io:format("~w~n", [element(2, lists:mapfoldl(fun(X, A) -> {X, A + X} end, 0, L))]),
    io:format("~w~n", [lists:keyfind(N, 1, [{X, X} || X <- L])]),
    io:format("~w~n", [length(lists:usort([X rem 100 || X <- L]))]),
    io:format("~w~n", [length(lists:append([L, L, L]))]),
    io:format("~w~n", [length(L -- lists:seq(1, N, 2))]),
    io:format("~w~n", [lists:sublist(lists:zip(L, lists:reverse(L)), 3)]),
    io:format("~w~n", [length(lists:duplicate(N, x))]),
    io:format("~w~n", [lists:split(3, lists:sublist(L, 5))]),
    io:format("~w~n", [lists:member(N, L)]),
    io:format("~w~n", [length(lists:merge(L, L))]),
    io:format("~w~n", [length(lists:umerge(L, L))]),
    lists:sum(lists:sublist(L, N - 10, 11)).

id(X) -> X.
