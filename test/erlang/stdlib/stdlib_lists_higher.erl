-module(stdlib_lists_higher).
-export([start/0]).

start() ->
    L = id(lists:seq(1, 10)),
    Even = fun(X) -> X rem 2 =:= 0 end,
    io:format("~w ~w ~w ~w~n", [lists:all(Even, L), lists:any(Even, L), lists:all(Even, []), lists:any(Even, [])]),
    io:format("~w~n", [lists:map(fun(X) -> X * X end, L)]),
    io:format("~w~n", [lists:flatmap(fun(X) -> lists:duplicate(X rem 3, X) end, L)]),
    io:format("~w~n", [lists:foldl(fun(X, Acc) -> [X | Acc] end, [], L)]),
    io:format("~w~n", [lists:foldr(fun(X, Acc) -> [X | Acc] end, [], L)]),
    io:format("~w~n", [lists:filter(Even, L)]),
    io:format("~w~n", [lists:filtermap(fun(X) when X > 7 -> {true, -X}; (X) -> Even(X) end, L)]),
    io:format("~w~n", [lists:zf(fun(X) -> X < 3 end, L)]),
    lists:foreach(fun(X) -> io:format("<~w>", [X]) end, [a, b, c]),
    io:format("~n"),
    io:format("~w~n", [lists:mapfoldl(fun(X, S) -> {X + S, S + X} end, 0, L)]),
    io:format("~w~n", [lists:mapfoldr(fun(X, S) -> {X + S, S + X} end, 0, L)]),
    io:format("~w~n", [lists:partition(Even, L)]),
    io:format("~w~n", [lists:splitwith(fun(X) -> X < 4 end, L)]),
    io:format("~w~n", [lists:takewhile(fun(X) -> X < 4 end, L)]),
    io:format("~w~n", [lists:dropwhile(fun(X) -> X < 4 end, L)]),
    io:format("~w ~w~n", [lists:search(fun(X) -> X > 4 end, L), lists:search(fun(X) -> X > 40 end, L)]),
    Count = lists:foldl(fun(W, M) -> maps:update_with(W, fun(N) -> N + 1 end, 1, M) end, #{}, [a, b, a, c, b, a]),
    io:format("~w~n", [lists:sort(maps:to_list(Count))]),
    lists:foldl(fun erlang:'+'/2, 0, L).

id(X) -> X.
