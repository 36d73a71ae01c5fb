-module(stdlib_maps_iter_more).
-export([start/0]).

start() ->
    M = maps:from_list([{K, K * 2} || K <- lists:seq(1, id(20))]),
    io:format("~p~n", [lists:sort(walk(maps:next(maps:iterator(M))))]),
    Small = id(#{b => 2, a => 1}),
    io:format("~p~n", [walk(maps:next(maps:iterator(Small)))]),
    I = maps:iterator(M),
    io:format("~p~n", [maps:size(maps:filter(fun(K, _) -> K > 15 end, I))]),
    io:format("~p~n", [maps:fold(fun(_, V, A) -> A + V end, 0, I)]),
    io:format("~p~n", [lists:sort(maps:to_list(maps:map(fun(K, V) -> {K, V + 1} end, maps:iterator(Small))))]),
    io:format("~p~n", [maps:filtermap(fun(_, V) -> V > 1 end, maps:iterator(Small))]),
    io:format("~w~n", [run(fun() -> maps:next(id({a, b, c})) end)]),
    io:format("~w~n", [run(fun() -> maps:fold(fun(_, _, A) -> A end, 0, id({bad, iter})) end)]),
    io:format("~w~n", [run(fun() -> maps:foreach(fun(_, _) -> ok end, id([])) end)]),
    Total = count(maps:next(maps:iterator(maps:from_list([{N, N} || N <- lists:seq(1, id(200))])))),
    Total.

walk(none) -> [];
walk({K, V, It}) -> [{K, V} | walk(maps:next(It))].

count(none) -> 0;
count({_, _, It}) -> 1 + count(maps:next(It)).

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
