-module(stdlib_lists_flatten).
-export([start/0]).

start() ->
    D = id([1, [2, [3, [4, []]], 5], [[[]]], "ab", [<<"bin">>]]),
    io:format("~w~n", [lists:flatten(D)]),
    io:format("~w~n", [lists:flatten(D, [tail])]),
    io:format("~w~n", [lists:flatlength(D)]),
    io:format("~p~n", [lists:flatten(["hello", [$\s, "wor"], "ld"])]),
    io:format("~p~n", [lists:join(", ", ["a", "b", "c"])]),
    io:format("~p~n", [lists:flatten(lists:join(", ", ["a", "b", "c"]))]),
    io:format("~w~n", [lists:join(x, [])]),
    io:format("~w~n", [lists:join(x, [only])]),
    io:format("~w ~w~n", [lists:split(0, [a, b]), lists:split(2, [a, b])]),
    io:format("~w ~w~n", [lists:prefix([], [a]), lists:prefix([a, b, c], [a, b])]),
    io:format("~w ~w~n", [lists:suffix([], [a]), lists:suffix([a, b, c], [b, c])]),
    io:format("~w~n", [lists:uniq([3, 1, 3, 2, 1, 1.0, 3.0])]),
    io:format("~w~n", [lists:append([[a], [b, [c]], []])]),
    io:format("~w~n", [lists:subtract([a, b, a, c, a], [a, a])]),
    lists:flatten([[[[deep]]]]).

id(X) -> X.
