-module(lists_duplicate_minmax).
-export([start/0]).

start() ->
    io:format("~w ~w ~p~n", [lists:duplicate(5, x), lists:duplicate(0, x), lists:duplicate(3, "ab")]),
    L = id([4, -2, 17, 0, 17, 3]),
    io:format("~w ~w ~w~n", [lists:max(L), lists:min(L), lists:sum(L)]),
    io:format("~w ~w~n", [lists:max([a, 1, "s", {}]), lists:min([a, 1, "s", {}])]),
    io:format("~w~n", [lists:sum([1, 2.5, 1 bsl 64])]),
    io:format("~w~n", [lists:sum([])]),
    io:format("~w~n", [lists:join(sep, [a, b, c])]),
    io:format("~p~n", [lists:join(", ", ["x", "y", "z"])]),
    io:format("~w~n", [lists:subtract([1, 2, 3, 2, 1], [2, 1])]),
    io:format("~w~n", [lists:delete(2, [1, 2, 3, 2])]),
    io:format("~p~n", [string:copies("ab", 3)]),
    R = try lists:max(id([])) catch error:E -> element(1, {E}) end,
    io:format("~w~n", [R]),
    {lists:max(L), lists:min(L)}.

id(X) -> X.
