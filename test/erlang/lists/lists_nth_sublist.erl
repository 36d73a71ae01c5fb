-module(lists_nth_sublist).
-export([start/0]).

start() ->
    L = id([a, b, c, d, e, f, g]),
    io:format("~w ~w ~w~n", [lists:nth(1, L), lists:nth(4, L), lists:nth(7, L)]),
    io:format("~w ~w~n", [lists:nthtail(0, L), lists:nthtail(5, L)]),
    io:format("~w ~w~n", [lists:nthtail(7, L), lists:last(L)]),
    io:format("~w ~w ~w~n", [lists:sublist(L, 3), lists:sublist(L, 10), lists:sublist(L, 0)]),
    io:format("~w ~w ~w~n", [lists:sublist(L, 2, 3), lists:sublist(L, 7, 5), lists:sublist(L, 8, 1)]),
    io:format("~w~n", [lists:droplast(L)]),
    io:format("~w~n", [lists:split(3, L)]),
    io:format("~w~n", [[lists:split(N, L) || N <- [0, 7]]]),
    Errs = [try F() catch error:E -> element(1, {E}) end
            || F <- [fun() -> lists:nth(0, L) end, fun() -> lists:nth(8, L) end,
                     fun() -> lists:split(8, L) end, fun() -> lists:last([]) end]],
    io:format("~w~n", [Errs]),
    io:format("~w~n", [lists:enumerate(L)]),
    lists:sublist(L, 3, 2).

id(X) -> X.
