-module(stdlib_lists_join_concat).
-export([start/0]).

start() ->
    io:format("~p~n", [lists:join(id(", "), id(["a", "b", "c"]))]),
    io:format("~s~n", [lists:join(id($-), id(["x", "y", "z"]))]),
    io:format("~p~n", [lists:join(id(sep), id([]))]),
    io:format("~p~n", [lists:join(id(sep), id([one]))]),
    io:format("~p~n", [lists:join(id([]), id([[1], [2]]))]),
    io:format("~w~n", [run(fun() -> lists:join(x, id(notalist)) end)]),
    io:format("~w~n", [run(fun() -> lists:join(x, id([a | b])) end)]),
    io:format("~p~n", [lists:append(id("abc"), id("def"))]),
    io:format("~p~n", [lists:append(id([1]), id(tail))]),
    io:format("~p~n", [lists:subtract(id([a, b, a, c, b]), id([b, a]))]),
    io:format("~p~n", [lists:subtract(id([1, 1.0, 1]), id([1.0]))]),
    io:format("~w~n", [run(fun() -> lists:append(id(a), [1]) end)]),
    lists:flatten(lists:join(id("::"), [integer_to_list(N) || N <- lists:seq(1, id(5))])).

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
