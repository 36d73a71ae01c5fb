-module(stdlib_lists_droplast_dup).
-export([start/0]).

start() ->
    io:format("~p~n", [lists:droplast(id([1, 2, 3]))]),
    io:format("~p~n", [lists:droplast(id([a]))]),
    io:format("~p~n", [lists:last(id([x, y, z]))]),
    io:format("~p~n", [lists:duplicate(id(0), x)]),
    io:format("~p~n", [lists:duplicate(id(4), {a, "b"})]),
    io:format("~p~n", [lists:duplicate(id(3), [])]),
    io:format("~w~n", [run(fun() -> lists:droplast(id(notalist)) end)]),
    io:format("~w~n", [run(fun() -> lists:last(id(a)) end)]),
    io:format("~w~n", [run(fun() -> lists:duplicate(id(a), x) end)]),
    io:format("~w~n", [run(fun() -> lists:duplicate(id(1.0), x) end)]),
    L = lists:duplicate(id(1000), z),
    io:format("~b ~p~n", [length(L), lists:last(L)]),
    lists:droplast(lists:seq(1, id(10))).

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
