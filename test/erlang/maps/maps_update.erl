-module(maps_update).
-export([start/0]).

start() ->
    M = id(#{a => 1, b => 2}),
    M1 = M#{a := 10},
    M2 = M#{c => 3},
    M3 = M#{a => 100, d => 4},
    M4 = M1#{a := 11, b := 22},
    io:format("~p~n~p~n~p~n~p~n~p~n", [M, M1, M2, M3, M4]),
    E1 = try M#{zz := 1} catch error:R1 -> R1 end,
    io:format("~p~n", [E1]),
    E2 = try (id(not_a_map))#{a => 1} catch error:R2 -> R2 end,
    io:format("~p~n", [E2]),
    E3 = try (id([1]))#{a := 1} catch error:R3 -> R3 end,
    io:format("~p~n", [E3]),
    Grown = lists:foldl(fun(K, Acc) -> Acc#{K => K * K} end, #{}, lists:seq(1, 10)),
    io:format("~p~n", [Grown]),
    Counted = lists:foldl(fun(K, Acc) -> Acc#{K := maps:get(K, Acc) + 1} end, #{x => 0, y => 0}, [x, y, x, x]),
    io:format("~p~n", [Counted]),
    M4.

id(X) -> X.
