-module(maps_key_types).
-export([start/0]).

start() ->
    Keys = [1, 1.0, -1, a, "a", <<"a">>, {a}, [a], #{a => 1}, 1 bsl 70, 2.5, [], {}, <<>>, b, 0],
    M = maps:from_list([{K, N} || {K, N} <- lists:zip(Keys, lists:seq(1, length(Keys)))]),
    io:format("~p~n", [map_size(M)]),
    io:format("~p~n", [M]),
    io:format("~p~n", [maps:keys(M)]),
    io:format("~p~n", [[maps:get(id(K), M) || K <- Keys]]),
    io:format("~p ~p~n", [maps:is_key(1, #{1.0 => x}), maps:is_key(1.0, #{1.0 => x})]),
    io:format("~p~n", [#{1 => int, 1.0 => float}]),
    maps:get(#{a => 1}, M).

id(X) -> X.
