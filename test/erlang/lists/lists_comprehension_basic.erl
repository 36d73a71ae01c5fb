-module(lists_comprehension_basic).
-export([start/0]).

start() ->
    L = id(lists:seq(1, 15)),
    io:format("~w~n", [[X * X || X <- L]]),
    io:format("~w~n", [[X || X <- L, X rem 3 =:= 0]]),
    io:format("~w~n", [[X || X <- L, X > 5, X < 10]]),
    io:format("~w~n", [[{X, X rem 4} || X <- L, X rem 4 =/= 0]]),
    Mixed = id([1, a, {ok, 2}, {error, x}, "s", {ok, 3}, 4.5, {ok}]),
    io:format("~w~n", [[V || {ok, V} <- Mixed]]),
    io:format("~w~n", [[X || X <- Mixed, is_atom(X)]]),
    io:format("~w~n", [[X || X <- Mixed, is_number(X)]]),
    io:format("~w~n", [[case X of N when N < 5 -> small; _ -> big end || X <- [1, 7, 3, 9]]]),
    io:format("~w~n", [[X || X <- []]]),
    io:format("~p~n", [[[C - 32] || C <- "hello", C =/= $l]]),
    Qs = qsort(id([3, 6, 1, 8, 2, 9, 4])),
    io:format("~w~n", [Qs]),
    Qs.

qsort([]) -> [];
qsort([P | T]) -> qsort([X || X <- T, X < P]) ++ [P] ++ qsort([X || X <- T, X >= P]).

id(X) -> X.
