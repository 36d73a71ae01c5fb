-module(stdlib_lists_maxmin_sum).
-export([start/0]).

start() ->
    Mixed = id([3, a, 2.5, {x}, "str", [], <<"b">>, 1]),
    io:format("~p ~p~n", [lists:max(Mixed), lists:min(Mixed)]),
    io:format("~p ~p~n", [lists:max(id([1, 1.0])), lists:min(id([1.0, 1]))]),
    io:format("~p ~p~n", [lists:max(id([1.0, 1])), lists:min(id([1, 1.0]))]),
    io:format("~p ~p~n", [lists:max(id([-1])), lists:min(id([z, a, m]))]),
    io:format("~p~n", [lists:sum(id([1, 2, 3.5]))]),
    io:format("~p~n", [lists:sum(id([]))]),
    io:format("~p~n", [lists:sum(id([1 bsl 62, 1 bsl 62, 1]))]),
    io:format("~p~n", [lists:sum(id([0.1, 0.2, 0.3]))]),
    io:format("~w~n", [run(fun() -> lists:min(id([])) end)]),
    io:format("~w~n", [run(fun() -> lists:max(id(a)) end)]),
    io:format("~w~n", [run(fun() -> lists:sum(id(a)) end)]),
    io:format("~w~n", [run(fun() -> lists:sum(id([1 | 2])) end)]),
    {lists:max(lists:seq(1, id(100))), lists:min(lists:seq(-5, id(5)))}.

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
