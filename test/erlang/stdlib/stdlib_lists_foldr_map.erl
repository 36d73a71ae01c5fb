-module(stdlib_lists_foldr_map).
-export([start/0]).

start() ->
    L = id([1, 2, 3, 4, 5]),
    io:format("~p~n", [lists:foldl(fun(X, A) -> [X | A] end, [], L)]),
    io:format("~p~n", [lists:foldr(fun(X, A) -> [X | A] end, [], L)]),
    io:format("~p~n", [lists:foldr(fun(X, A) -> A - X end, 0, L)]),
    io:format("~p~n", [lists:foldl(fun(X, A) -> A - X end, 0, L)]),
    io:format("~p~n", [lists:mapfoldl(fun(X, A) -> {X * 2, A + X} end, 0, L)]),
    io:format("~p~n", [lists:mapfoldr(fun(X, A) -> {{X, A}, [X | A]} end, [], L)]),
    io:format("~p~n", [lists:mapfoldl(fun(X, A) -> {X, A} end, acc, id([]))]),
    Self = self(),
    lists:foreach(fun(X) -> Self ! {item, X} end, id([c, b, a])),
    io:format("~p~n", [collect()]),
    io:format("~w~n", [run(fun() -> lists:foldr(fun(X, A) -> X + A end, 0, id([1 | 2])) end)]),
    io:format("~w~n", [run(fun() -> lists:foldl(id(x), 0, [1]) end)]),
    io:format("~w~n", [run(fun() -> lists:foreach(fun(_) -> ok end, id(y)) end)]),
    io:format("~w~n", [run(fun() -> lists:mapfoldr(fun(X, _) -> X end, 0, id([1])) end)]),
    lists:foldr(fun(X, A) -> [X * X | A] end, [], lists:seq(1, id(6))).

collect() ->
    receive {item, X} -> [X | collect()] after 0 -> [] end.

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
