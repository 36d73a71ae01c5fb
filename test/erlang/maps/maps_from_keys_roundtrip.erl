-module(maps_from_keys_roundtrip).
-export([start/0]).

start() ->
    L = [{N rem 7, N} || N <- lists:seq(1, 20)],
    M = maps:from_list(L),
    io:format("~p~n", [M]),
    io:format("~p~n", [maps:from_list(maps:to_list(M)) =:= M]),
    Inverse = maps:fold(fun(K, V, Acc) -> maps:put(V, K, Acc) end, #{}, M),
    io:format("~p~n", [Inverse]),
    Set = maps:from_keys([c, a, b, a, c], []),
    io:format("~p ~p~n", [Set, maps:keys(Set)]),
    Union = maps:merge(Set, maps:from_keys([d, a], [])),
    io:format("~p~n", [maps:keys(Union)]),
    Diff = maps:without(maps:keys(Set), Union),
    io:format("~p~n", [Diff]),
    io:format("~p~n", [maps:to_list(maps:map(fun(K, _) -> atom_to_list(K) end, Set))]),
    M.
