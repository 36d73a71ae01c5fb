-module(maps_get_find).
-export([start/0]).

start() ->
    M = id(#{name => "erl", version => 25, "k" => v, 1.0 => float_key, 1 => int_key}),
    io:format("~p ~p~n", [maps:get(name, M), maps:get(version, M)]),
    io:format("~p ~p~n", [maps:get(missing, M, default), maps:get("k", M, default)]),
    io:format("~p ~p~n", [maps:get(1, M), maps:get(1.0, M)]),
    io:format("~p ~p~n", [maps:find(name, M), maps:find(nope, M)]),
    io:format("~p ~p ~p~n", [maps:is_key(version, M), maps:is_key(1, M), maps:is_key(2, M)]),
    E1 = try maps:get(missing, M) catch error:R1 -> R1 end,
    E2 = try maps:get(a, id(notmap)) catch error:R2 -> R2 end,
    E3 = try maps:find(a, id([])) catch error:R3 -> R3 end,
    io:format("~p~n~p~n~p~n", [E1, E2, E3]),
    #{name := N, version := V} = M,
    io:format("~s ~w~n", [N, V]),
    maps:get(1.0, M).

id(X) -> X.
