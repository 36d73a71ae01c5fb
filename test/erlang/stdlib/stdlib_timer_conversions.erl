-module(stdlib_timer_conversions).
-export([start/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    io:format("~p~n", [[timer:seconds(id(X)) || X <- [0, 1, 60, 3600, 1.5]]]),
    io:format("~p~n", [[timer:minutes(id(X)) || X <- [0, 1, 90]]]),
    io:format("~p~n", [[timer:hours(id(X)) || X <- [0, 1, 24]]]),
    io:format("~p~n", [[timer:hms(id(H), M, S) || {H, M, S} <- [{0, 0, 0}, {1, 0, 0}, {0, 1, 1}, {25, 61, 61}]]]),
    io:format("~p~n", [[timer:now_diff(id(A), B) || {A, B} <- [{{1, 0, 0}, {0, 0, 0}}, {{0, 0, 1}, {0, 0, 0}}, {{1, 1, 1}, {1, 1, 1}}]]]),
    Cases = [fun() -> timer:seconds(id(a)) end,
             fun() -> timer:hms(id(a), 0, 0) end,
             fun() -> timer:now_diff(id(a), {0, 0, 0}) end],
    [io:format("~p~n", [t(F)]) || F <- Cases],
    ok.
