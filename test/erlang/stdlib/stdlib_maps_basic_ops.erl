-module(stdlib_maps_basic_ops).
-export([start/0]).

start() ->
    M = id(#{a => 1, b => 2, "c" => 3, 4 => four, {t} => [x]}),
    io:format("~p~n", [M]),
    io:format("~p~n", [{maps:get(a, M), maps:get(zz, M, default), maps:find(b, M), maps:find(q, M)}]),
    io:format("~p~n", [{maps:is_key("c", M), maps:is_key(4.0, M), maps:size(M)}]),
    io:format("~p~n", [maps:put(a, 10, M)]),
    io:format("~p~n", [maps:put(new, 0, M)]),
    io:format("~p~n", [maps:update(b, 20, M)]),
    io:format("~p~n", [maps:remove(a, M)]),
    io:format("~p~n", [maps:remove(nope, M)]),
    io:format("~p~n", [maps:keys(M)]),
    io:format("~p~n", [maps:values(M)]),
    io:format("~p~n", [maps:to_list(M)]),
    io:format("~p~n", [maps:from_list(id([{k, 1}, {k, 2}, {j, 3}]))]),
    io:format("~p~n", [maps:new()]),
    io:format("~p~n", [maps:merge(M, id(#{a => merged, z => 26}))]),
    io:format("~p~n", [maps:merge(id(#{}), id(#{}))]),
    io:format("~p~n", [maps:get(1, id(#{1.0 => float, 1 => int}))]),
    io:format("~p~n", [maps:put(1.0, f, id(#{1 => i}))]),
    maps:to_list(maps:from_list([{N, N * N} || N <- lists:seq(1, id(10))])).

id(X) -> X.
