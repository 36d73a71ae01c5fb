-module(stdlib_maps_keys_types).
-export([start/0]).

start() ->
    M = id(#{1 => int, 1.0 => float, a => atom, "s" => string, <<"b">> => bin,
             {1, 2} => tuple, [] => nil, #{k => v} => map, -5 => neg, 1 bsl 70 => big}),
    io:format("~p~n", [M]),
    io:format("~w~n", [M]),
    io:format("~p~n", [maps:keys(M)]),
    io:format("~p~n", [[maps:get(K, M) || K <- [1, 1.0, a, "s", <<"b">>, {1, 2}, [], #{k => v}, -5, 1 bsl 70]]]),
    io:format("~p~n", [maps:find(#{k => v}, M)]),
    io:format("~p~n", [lists:sort(maps:keys(M))]),
    M2 = maps:put(#{}, empty, M),
    io:format("~p~n", [maps:get(#{}, M2)]),
    io:format("~p~n", [#{a => #{b => #{c => 1}}}]),
    io:format("~p~n", [id(#{1 => 2}) =:= id(#{1.0 => 2})]),
    io:format("~p~n", [id(#{1 => 2}) == id(#{1.0 => 2})]),
    io:format("~p~n", [lists:sort([id(#{b => 1}), id(#{a => 2}), id(#{a => 1, b => 1}), id(#{1 => x})])]),
    maps:size(M2).

id(X) -> X.
