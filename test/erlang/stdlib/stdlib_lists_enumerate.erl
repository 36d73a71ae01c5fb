-module(stdlib_lists_enumerate).
-export([start/0]).

start() ->
    io:format("~p~n", [lists:enumerate(id([a, b, c]))]),
    io:format("~p~n", [lists:enumerate(id(0), id([a, b, c]))]),
    io:format("~p~n", [lists:enumerate(id(-5), id("xyz"))]),
    io:format("~p~n", [lists:enumerate(id(100000000000), id([p, q]))]),
    io:format("~p~n", [lists:enumerate(id([]))]),
    io:format("~p~n", [lists:enumerate(id(7), id([]))]),
    io:format("~w~n", [run(fun() -> lists:enumerate(id(1.5), [a]) end)]),
    io:format("~w~n", [run(fun() -> lists:enumerate(id(notalist)) end)]),
    io:format("~w~n", [run(fun() -> lists:enumerate([a | id(b)]) end)]),
    lists:unzip(lists:enumerate(id("hello"))).

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
