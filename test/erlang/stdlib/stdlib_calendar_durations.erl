-module(stdlib_calendar_durations).
-export([start/0]).

%% Elapsed times: seconds_to_daystime / time_difference, formatting durations.
id(X) -> X.

fmt(S) ->
    {D, {H, M, Sec}} = calendar:seconds_to_daystime(S),
    lists:flatten(io_lib:format("~bd ~2..0b:~2..0b:~2..0b", [D, H, M, Sec])).

start() ->
    io:format("~p~n", [[fmt(id(S)) || S <- [0, 59, 61, 3599, 3600, 86399, 86400, 90061, 1000000]]]),
    Start = {{2024, 2, 28}, {22, 0, 0}},
    Ends = [{{2024, 2, 29}, {1, 30, 0}}, {{2024, 3, 1}, {22, 0, 0}}, {{2025, 2, 28}, {22, 0, 0}}, {{2024, 2, 28}, {21, 0, 0}}],
    io:format("~p~n", [[calendar:time_difference(Start, E) || E <- Ends]]),
    Diff = fun(A, B) -> calendar:datetime_to_gregorian_seconds(B) - calendar:datetime_to_gregorian_seconds(A) end,
    io:format("~p~n", [[Diff(Start, E) || E <- Ends]]),
    io:format("~p~n", [calendar:seconds_to_daystime(id(-90061))]),
    fmt(Diff(Start, {{2030, 1, 1}, {0, 0, 0}})).
