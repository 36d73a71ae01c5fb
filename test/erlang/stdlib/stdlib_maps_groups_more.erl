-module(stdlib_maps_groups_more).
-export([start/0]).

start() ->
    Words = id(["apple", "avocado", "banana", "blueberry", "cherry", "apricot", "kiwi"]),
    io:format("~p~n", [maps:groups_from_list(fun(W) -> hd(W) end, Words)]),
    io:format("~p~n", [maps:groups_from_list(fun length/1, fun lists:reverse/1, Words)]),
    io:format("~p~n", [maps:groups_from_list(fun(X) -> X rem 3 end, lists:seq(1, id(10)))]),
    io:format("~p~n", [maps:groups_from_list(fun(X) -> X end, id([]))]),
    io:format("~w~n", [run(fun() -> maps:groups_from_list(fun(X) -> X end, id(x)) end)]),
    io:format("~w~n", [run(fun() -> maps:groups_from_list(fun(X) -> X end, id(nofun), [1]) end)]),
    maps:groups_from_list(fun(X) -> X > 0 end, fun(X) -> X * X end, id([-2, -1, 0, 1, 2])).

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
