-module(stdlib_lists_search_takewhile).
-export([start/0]).

start() ->
    L = id([1, 3, 5, 6, 7, 8]),
    Even = fun(X) -> X rem 2 =:= 0 end,
    io:format("~p~n", [lists:search(Even, L)]),
    io:format("~p~n", [lists:search(fun(X) -> X > 100 end, L)]),
    io:format("~p~n", [lists:search(Even, id([]))]),
    io:format("~p~n", [lists:takewhile(fun(X) -> not Even(X) end, L)]),
    io:format("~p~n", [lists:dropwhile(fun(X) -> not Even(X) end, L)]),
    io:format("~p~n", [lists:takewhile(fun(_) -> true end, L)]),
    io:format("~p~n", [lists:dropwhile(fun(_) -> true end, L)]),
    io:format("~p~n", [lists:splitwith(fun(X) -> X < 6 end, L)]),
    io:format("~p~n", [lists:splitwith(fun(_) -> false end, L)]),
    io:format("~p~n", [lists:all(Even, id([]))]),
    io:format("~p~n", [lists:any(Even, id([]))]),
    io:format("~p~n", [{lists:all(Even, id([2, 4])), lists:any(Even, id([1, 3, 4]))}]),
    io:format("~w~n", [run(fun() -> lists:takewhile(fun(_) -> x end, [1]) end)]),
    io:format("~w~n", [run(fun() -> lists:dropwhile(Even, id([2 | z])) end)]),
    io:format("~w~n", [run(fun() -> lists:splitwith(Even, id(z)) end)]),
    io:format("~w~n", [run(fun() -> lists:search(Even, id(z)) end)]),
    io:format("~w~n", [run(fun() -> lists:any(fun(_) -> nope end, [1]) end)]),
    lists:splitwith(fun(C) -> C =/= $= end, id("key=value")).

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
