-module(stdlib_lists_sort).
-export([start/0]).

start() ->
    L = id([5, 3, 9, 1, 7, 3, 2, 8, 1, 0]),
    io:format("~w~n", [lists:sort(L)]),
    io:format("~w~n", [lists:usort(L)]),
    io:format("~w~n", [lists:sort(fun(A, B) -> A >= B end, L)]),
    io:format("~w~n", [lists:usort(fun(A, B) -> A >= B end, L)]),
    Mixed = id([b, 2, {x}, "str", 1.0, a, [1], <<"bin">>, 1, #{}, -5, 2.0]),
    io:format("~w~n", [lists:sort(Mixed)]),
    io:format("~w~n", [lists:usort(Mixed)]),
    Words = id(["pear", "fig", "apple", "kiwi", "banana", "date"]),
    ByLen = lists:sort(fun(A, B) -> length(A) =< length(B) end, Words),
    io:format("~p~n", [ByLen]),
    io:format("~p~n", [lists:usort(fun(A, B) -> length(A) =< length(B) end, Words)]),
    io:format("~w~n", [lists:sort([{2, a}, {1, b}, {2, c}, {1, d}])]),
    io:format("~w~n", [lists:sort(fun({A, _}, {B, _}) -> A =< B end, [{2, a}, {1, b}, {2, c}, {1, d}])]),
    io:format("~w~n", [lists:sort([])]),
    io:format("~w~n", [lists:sort([x])]),
    io:format("~w ~w~n", [lists:sort([2, 1]), lists:sort([1, 2, 3])]),
    io:format("~w~n", [lists:sort(lists:seq(20, 1, -1))]),
    io:format("~w~n", [lists:usort(lists:duplicate(5, z) ++ [a, z, a])]),
    lists:sort(fun erlang:'>'/2, [1, 3, 2]).

id(X) -> X.
