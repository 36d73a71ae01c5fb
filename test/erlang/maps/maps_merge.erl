-module(maps_merge).
-export([start/0]).

start() ->
    A = id(#{a => 1, b => 2, c => 3}),
    B = id(#{b => 20, d => 40}),
    io:format("~p~n", [maps:merge(A, B)]),
    io:format("~p~n", [maps:merge(B, A)]),
    io:format("~p~n", [maps:merge(#{}, A)]),
    io:format("~p~n", [maps:merge_with(fun(_K, V1, V2) -> V1 + V2 end, A, B)]),
    io:format("~p~n", [maps:update_with(a, fun(V) -> V * 100 end, A)]),
    io:format("~p~n", [maps:update_with(z, fun(V) -> V * 100 end, 0, A)]),
    io:format("~p~n", [maps:update(b, two, A)]),
    io:format("~p~n", [try maps:update(zz, 1, A) catch error:E -> E end]),
    io:format("~p~n", [try maps:update_with(zz, fun(V) -> V end, A) catch error:E2 -> E2 end]),
    io:format("~p~n", [maps:intersect(A, B)]),
    io:format("~p~n", [maps:intersect_with(fun(_K, V1, V2) -> {V1, V2} end, A, B)]),
    maps:merge(A, B).

id(X) -> X.
