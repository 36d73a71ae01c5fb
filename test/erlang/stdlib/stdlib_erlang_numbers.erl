-module(stdlib_erlang_numbers).
-export([start/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    Xs = [0, 2.5, -2.5, 3.5, -3.5, 2.4999999, -0.5, 0.5, 1.0e20, -7, 1 bsl 70, 123.456],
    io:format("~p~n", [[round(id(X)) || X <- Xs]]),
    io:format("~p~n", [[trunc(id(X)) || X <- Xs]]),
    io:format("~p~n", [[floor(id(X)) || X <- Xs]]),
    io:format("~p~n", [[ceil(id(X)) || X <- Xs]]),
    io:format("~p~n", [[abs(id(X)) || X <- Xs ++ [-(1 bsl 70), -0.0]]]),
    io:format("~p~n", [[float(id(X)) || X <- [0, -3, 1 bsl 60]]]),
    io:format("~p~n", [[max(id(1), 1.0), max(id(1.0), 1), min(id(1), 1.0), min(id(1.0), 1),
                        max(a, 1), min(a, {}), max([], {}), min("abc", "abd"), max(id(-0.0), 0)]]),
    Cases = [fun() -> round(id(a)) end,
             fun() -> trunc(id("1")) end,
             fun() -> abs(id(foo)) end,
             fun() -> float(id(bar)) end,
             fun() -> floor(id([])) end,
             fun() -> 1 / id(0) end,
             fun() -> id(1) div 0 end,
             fun() -> id(1.0) / 0.0 end,
             fun() -> id(5) rem 0 end,
             fun() -> id(1.0e308) * 10 end,
             fun() -> float(id(1 bsl 1100)) end,
             fun() -> id(1) bsl id(a) end,
             fun() -> -id(a) end],
    [io:format("~p~n", [t(F)]) || F <- Cases],
    ok.
