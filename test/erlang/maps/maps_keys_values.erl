-module(maps_keys_values).
-export([start/0]).

start() ->
    M = id(#{3 => c, 1 => a, 2 => b, x => y, "s" => str}),
    io:format("~p~n", [maps:keys(M)]),
    io:format("~p~n", [maps:values(M)]),
    io:format("~p~n", [maps:to_list(M)]),
    io:format("~p~n", [maps:size(M)]),
    L = [{k1, 1}, {k2, 2}, {k1, 3}, {k3, 4}],
    M2 = maps:from_list(L),
    io:format("~p~n", [M2]),
    io:format("~p~n", [maps:from_list([])]),
    io:format("~p~n", [maps:from_keys([a, b, c], 0)]),
    io:format("~p~n", [lists:sort(maps:keys(M2))]),
    io:format("~p~n", [try maps:from_list(id([a])) catch error:E -> E end]),
    io:format("~p~n", [maps:to_list(#{})]),
    maps:keys(M2).

id(X) -> X.
