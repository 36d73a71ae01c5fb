-module(stdlib_lists_flatlength).
-export([start/0]).

start() ->
    Deep = id([1, [2, [3, [4, []]]], [], [[[]]], "abc", [[a | [b]]]]),
    io:format("~p~n", [lists:flatlength(Deep)]),
    io:format("~p~n", [lists:flatten(Deep)]),
    io:format("~p~n", [lists:flatten(Deep, [tail, [x]])]),
    io:format("~p~n", [lists:flatlength(id([]))]),
    io:format("~p~n", [lists:flatlength(id([[], [[]], [[], []]]))]),
    io:format("~p~n", [lists:flatten(id([{a, [b]}, [<<"bin">>], [[1.5]]]))]),
    io:format("~w~n", [run(fun() -> lists:flatlength(id(a)) end)]),
    io:format("~w~n", [run(fun() -> lists:flatlength(id([1 | 2])) end)]),
    io:format("~w~n", [run(fun() -> lists:flatten(id([1, [2 | 3]])) end)]),
    io:format("~p~n", [lists:concat(id([a, "b", 1, 2.5, 'C d']))]),
    io:format("~w~n", [run(fun() -> lists:concat(id([{x}])) end)]),
    lists:append(id([[1], [], [2, 3], "x"])).

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
