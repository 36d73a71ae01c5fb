-module(stdlib_calendar_seconds).
-export([start/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    DTs = [{{1970, 1, 1}, {0, 0, 0}}, {{2000, 2, 29}, {23, 59, 59}}, {{0, 1, 1}, {0, 0, 0}},
           {{2038, 1, 19}, {3, 14, 8}}, {{2024, 12, 31}, {12, 0, 1}}],
    [begin
         S = calendar:datetime_to_gregorian_seconds(id(DT)),
         io:format("~w ~w ~w~n", [DT, S, calendar:gregorian_seconds_to_datetime(S)])
     end || DT <- DTs],
    io:format("~w~n", [[calendar:seconds_to_daystime(id(S)) || S <- [0, 59, 86399, 86400, 90061, -1, -86401]]]),
    io:format("~w~n", [[calendar:seconds_to_time(id(S)) || S <- [0, 3599, 3600, 86399]]]),
    io:format("~w~n", [[calendar:time_to_seconds(id(T)) || T <- [{0, 0, 0}, {23, 59, 59}, {12, 30, 0}]]]),
    io:format("~w~n", [calendar:time_difference({{2024, 3, 1}, {0, 0, 0}}, {{2024, 1, 1}, {12, 0, 0}})]),
    io:format("~w~n", [calendar:time_difference({{2024, 1, 1}, {0, 0, 0}}, {{2024, 1, 1}, {0, 0, 1}})]),
    io:format("~w~n", [[calendar:now_to_universal_time({id(M), S, U}) || {M, S, U} <- [{0, 0, 0}, {1000, 0, 999999}, {1700, 1, 500000}]]]),
    io:format("~w~n", [[calendar:system_time_to_universal_time(id(T), U) || {T, U} <- [{0, second}, {-1, second},
                         {1700000000123, millisecond}, {1700000000123456, microsecond}, {1, nanosecond}, {86400999, millisecond}]]]),
    Cases = [fun() -> calendar:seconds_to_time(id(86400)) end,
             fun() -> calendar:seconds_to_time(id(-1)) end,
             fun() -> calendar:gregorian_seconds_to_datetime(id(-1)) end,
             fun() -> calendar:time_to_seconds(id(foo)) end],
    [io:format("~p~n", [t(F)]) || F <- Cases],
    ok.
