-module(maps_guards).
-export([start/0]).

start() ->
    Vals = [#{}, #{a => 1}, #{a => 1, b => 2, c => 3}, [a], {map}, #{b => 5}],
    lists:foreach(fun(V) -> io:format("~p: ~p ~p~n", [V, classify(id(V)), has_a(id(V))]) end, Vals),
    io:format("~p~n", [[M || M <- Vals, is_map(M), map_size(M) > 0]]),
    io:format("~p~n", [[maps:get(a, M) || M <- Vals, is_map(M), is_map_key(a, M)]]),
    ok.

classify(M) when is_map(M), map_size(M) =:= 0 -> empty_map;
classify(M) when map_size(M) > 2 -> big_map;
classify(M) when is_map(M) -> map;
classify(_) -> other.

has_a(M) when is_map_key(a, M) -> yes;
has_a(M) when is_map(M) -> no;
has_a(_) -> not_map.

id(X) -> X.
