-module(lists_predicates).
-export([start/0]).

start() ->
    L = id([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]),
    Even = fun(X) -> X rem 2 =:= 0 end,
    io:format("~w ~w ~w~n", [lists:member(9, L), lists:member(7, L), lists:member(a, [])]),
    io:format("~w ~w~n", [lists:any(Even, L), lists:all(Even, L)]),
    io:format("~w ~w~n", [lists:all(Even, []), lists:any(Even, [])]),
    io:format("~w~n", [lists:takewhile(fun(X) -> X < 5 end, L)]),
    io:format("~w~n", [lists:dropwhile(fun(X) -> X < 5 end, L)]),
    io:format("~w~n", [lists:splitwith(fun(X) -> X =/= 9 end, L)]),
    io:format("~w~n", [lists:partition(Even, L)]),
    io:format("~w~n", [lists:search(fun(X) -> X > 4 end, L)]),
    io:format("~w~n", [lists:search(fun(X) -> X > 40 end, L)]),
    io:format("~w ~w~n", [lists:prefix([3, 1], L), lists:suffix([3, 5], L)]),
    io:format("~w~n", [[X || X <- L, not Even(X)]]),
    lists:partition(fun(X) -> X > 3 end, L).

id(X) -> X.
