-module(stdlib_maps_merge_with).
-export([start/0]).

start() ->
    A = id(#{a => 1, b => 2, c => 3}),
    B = id(#{b => 20, c => 30, d => 40}),
    io:format("~p~n", [maps:merge_with(fun(_K, V1, V2) -> V1 + V2 end, A, B)]),
    io:format("~p~n", [maps:merge_with(fun(K, V1, V2) -> {K, V1, V2} end, A, B)]),
    io:format("~p~n", [maps:merge_with(fun(_, _, _) -> x end, A, id(#{}))]),
    io:format("~p~n", [maps:merge_with(fun(_, _, _) -> x end, id(#{}), B)]),
    io:format("~p~n", [maps:intersect(A, B)]),
    io:format("~p~n", [maps:intersect(B, A)]),
    io:format("~p~n", [maps:intersect_with(fun(_, V1, V2) -> [V1, V2] end, A, B)]),
    io:format("~p~n", [maps:intersect(A, id(#{z => 0}))]),
    io:format("~p~n", [maps:intersect(id(#{1 => a}), id(#{1.0 => b}))]),
    io:format("~w~n", [run(fun() -> maps:intersect_with(id(f), A, B) end)]),
    io:format("~w~n", [run(fun() -> maps:intersect(A, id(x)) end)]),
    Big1 = maps:from_list([{N, N} || N <- lists:seq(1, id(30))]),
    Big2 = maps:from_list([{N, -N} || N <- lists:seq(20, id(50))]),
    Merged = maps:merge_with(fun(_, X, Y) -> X * 1000 + Y end, Big1, Big2),
    io:format("~p~n", [lists:sort(maps:to_list(maps:with(lists:seq(18, 32), Merged)))]),
    {maps:size(Merged), maps:size(maps:intersect(Big1, Big2))}.

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
