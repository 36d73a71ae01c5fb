-module(stdlib_lists_filtermap_zf).
-export([start/0]).

start() ->
    F = fun(X) when X rem 3 =:= 0 -> false;
           (X) when X rem 2 =:= 0 -> {true, X * 10};
           (_) -> true
        end,
    io:format("~p~n", [lists:filtermap(F, lists:seq(1, id(12)))]),
    io:format("~p~n", [lists:zf(F, lists:seq(1, id(12)))]),
    io:format("~p~n", [lists:filtermap(F, id([]))]),
    io:format("~p~n", [lists:filtermap(fun(X) -> {true, {X}} end, id("ab"))]),
    io:format("~w~n", [run(fun() -> lists:filtermap(fun(_) -> maybe end, id([1])) end)]),
    io:format("~w~n", [run(fun() -> lists:filtermap(id(nofun), [1]) end)]),
    io:format("~w~n", [run(fun() -> lists:filtermap(F, id(x)) end)]),
    io:format("~p~n", [lists:flatmap(fun(X) -> [X, X] end, id([1, 2, 3]))]),
    io:format("~p~n", [lists:flatmap(fun(X) -> lists:seq(1, X) end, id([0, 1, 2, 3]))]),
    io:format("~w~n", [run(fun() -> lists:flatmap(fun(X) -> X end, id([a])) end)]),
    lists:partition(fun(X) -> X > 3 end, id([5, 1, 4, 2, 6, 3])).

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
