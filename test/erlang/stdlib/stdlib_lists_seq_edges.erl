-module(stdlib_lists_seq_edges).
-export([start/0]).

start() ->
    io:format("~p~n", [lists:seq(id(1), id(1))]),
    io:format("~p~n", [lists:seq(id(1), id(0))]),
    io:format("~p~n", [lists:seq(id(-3), id(3))]),
    io:format("~p~n", [lists:seq(id(1), id(10), id(3))]),
    io:format("~p~n", [lists:seq(id(10), id(1), id(-3))]),
    io:format("~p~n", [lists:seq(id(5), id(5), id(0))]),
    io:format("~p~n", [lists:seq(id(5), id(4), id(1))]),
    io:format("~p~n", [lists:seq(id(5), id(6), id(-1))]),
    io:format("~p~n", [lists:seq(id(1 bsl 60), id((1 bsl 60) + 2))]),
    io:format("~w~n", [run(fun() -> lists:seq(id(1), id(-1)) end)]),
    io:format("~w~n", [run(fun() -> lists:seq(id(1), id(5), id(-1)) end)]),
    io:format("~w~n", [run(fun() -> lists:seq(id(5), id(1), id(1)) end)]),
    io:format("~w~n", [run(fun() -> lists:seq(id(1), id(2), id(0)) end)]),
    io:format("~w~n", [run(fun() -> lists:seq(id(1.0), id(2)) end)]),
    io:format("~w~n", [run(fun() -> lists:seq(id(1), id(2.0)) end)]),
    io:format("~w~n", [run(fun() -> lists:seq(id(1), id(2), id(1.0)) end)]),
    length(lists:seq(id(1), id(10000), id(7))).

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
