-module(stdlib_lists_partition_more).
-export([start/0]).

start() ->
    io:format("~p~n", [lists:partition(fun is_atom/1, id([a, 1, b, "c", {d}, e]))]),
    io:format("~p~n", [lists:partition(fun(_) -> true end, id([]))]),
    io:format("~p~n", [lists:filter(fun is_integer/1, id([1, a, 2.0, 3]))]),
    io:format("~p~n", [lists:map(fun(X) -> {X} end, id("abc"))]),
    io:format("~w~n", [run(fun() -> lists:partition(fun(_) -> 1 end, [a]) end)]),
    io:format("~w~n", [run(fun() -> lists:partition(fun is_atom/1, id(x)) end)]),
    io:format("~w~n", [run(fun() -> lists:filter(fun is_atom/1, id([a | b])) end)]),
    {Evens, Odds} = lists:partition(fun(X) -> X band 1 =:= 0 end, lists:seq(1, id(20))),
    io:format("~w ~w~n", [Evens, Odds]),
    {length(Evens), lists:sum(Odds)}.

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
