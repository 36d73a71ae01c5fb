-module(lists_map_fold).
-export([start/0]).

start() ->
    L = id(lists:seq(1, 10)),
    io:format("~w~n", [lists:map(fun(X) -> X * 10 end, L)]),
    io:format("~w~n", [lists:foldl(fun(X, Acc) -> [X | Acc] end, [], L)]),
    io:format("~w~n", [lists:foldr(fun(X, Acc) -> [X | Acc] end, [], L)]),
    io:format("~w~n", [lists:foldl(fun(X, {S, P}) -> {S + X, P * X} end, {0, 1}, L)]),
    io:format("~w~n", [lists:filter(fun(X) -> X band 1 =:= 0 end, L)]),
    io:format("~w~n", [lists:mapfoldl(fun(X, Acc) -> {X * 2, Acc + X} end, 0, L)]),
    io:format("~w~n", [lists:mapfoldr(fun(X, Acc) -> {Acc, Acc + X} end, 0, L)]),
    io:format("~w~n", [lists:filtermap(fun(X) when X > 7 -> {true, -X}; (X) -> X =:= 2 end, L)]),
    io:format("~w~n", [lists:flatmap(fun(X) -> lists:duplicate(X rem 3, X) end, L)]),
    lists:foreach(fun(X) -> io:format("<~w>", [X]) end, lists:sublist(L, 4)),
    io:format("~n"),
    io:format("~w~n", [lists:foldl(fun(X, Acc) -> Acc * 10 + X end, 0, L)]),
    lists:foldr(fun(X, Acc) -> X - Acc end, 0, L).

id(X) -> X.
