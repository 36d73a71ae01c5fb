-module(stdlib_maps_groups).
-export([start/0]).

start() ->
    L = id(lists:seq(1, 12)),
    io:format("~p~n", [maps:groups_from_list(fun(X) -> X rem 3 end, L)]),
    io:format("~p~n", [maps:groups_from_list(fun(X) -> X rem 2 =:= 0 end, fun(X) -> X * X end, L)]),
    Words = ["apple", "avocado", "banana", "blueberry", "cherry"],
    io:format("~p~n", [maps:groups_from_list(fun([C | _]) -> C end, Words)]),
    io:format("~p~n", [maps:groups_from_list(fun(X) -> X end, [])]),
    A = #{a => 1, b => 2, c => 3},
    B = #{b => 20, c => 30, d => 40},
    io:format("~p~n", [maps:merge_with(fun(_, X, Y) -> X + Y end, A, B)]),
    io:format("~p~n", [maps:merge_with(fun(K, X, Y) -> {K, X, Y} end, B, A)]),
    io:format("~p~n", [maps:intersect(A, B)]),
    io:format("~p~n", [maps:intersect_with(fun(K, X, Y) -> {K, X, Y} end, A, B)]),
    io:format("~p~n", [maps:intersect(#{}, B)]),
    maps:merge_with(fun(_, X, _) -> X end, #{}, #{}).

id(X) -> X.
