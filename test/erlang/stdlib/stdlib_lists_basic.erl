-module(stdlib_lists_basic).
-export([start/0]).

start() ->
    L = id([3, 1, 4, 1, 5, 9, 2, 6]),
    io:format("~w~n", [lists:append(L, [7, 8])]),
    io:format("~w~n", [lists:append([[1], [], [2, 3], "ab"])]),
    io:format("~p~n", [lists:concat([foo, "_", 42, '_', 1.5, bar])]),
    io:format("~w ~w~n", [lists:delete(1, L), lists:delete(7, L)]),
    io:format("~w ~w~n", [lists:droplast(L), lists:last(L)]),
    io:format("~w~n", [lists:duplicate(4, x)]),
    io:format("~w ~w~n", [lists:nth(3, L), lists:nthtail(5, L)]),
    io:format("~w~n", [lists:reverse(L)]),
    io:format("~w~n", [lists:reverse(L, [tail])]),
    io:format("~w~n", [lists:seq(1, 10)]),
    io:format("~w ~w ~w~n", [lists:seq(10, 1, -3), lists:seq(5, 4), lists:seq(0, 20, 7)]),
    io:format("~w ~w~n", [lists:sublist(L, 3), lists:sublist(L, 2, 4)]),
    io:format("~w ~w~n", [lists:sublist(L, 20), lists:sublist(L, 9, 2)]),
    io:format("~w~n", [lists:subtract(L, [1, 9, 9])]),
    io:format("~w ~w~n", [lists:sum(L), lists:sum([1.5, 2, -3])]),
    io:format("~w ~w~n", [lists:min(L), lists:max(L)]),
    io:format("~w ~w~n", [lists:min([1, 1.0, 2]), lists:max([2.0, 2, 1])]),
    io:format("~w ~w~n", [lists:member(4, L), lists:member(4.0, L)]),
    io:format("~w ~w~n", [lists:prefix([3, 1], L), lists:suffix([2, 6], L)]),
    io:format("~w~n", [lists:split(3, L)]),
    io:format("~w~n", [lists:join(sep, [a, b, c])]),
    io:format("~w~n", [lists:enumerate(L)]),
    io:format("~w~n", [lists:enumerate(0, [a, b])]),
    io:format("~w~n", [lists:uniq(L)]),
    io:format("~w~n", [lists:uniq(fun(X) -> X rem 3 end, L)]),
    lists:flatlength([1, [2, [3, [4]]], []]).

id(X) -> X.
