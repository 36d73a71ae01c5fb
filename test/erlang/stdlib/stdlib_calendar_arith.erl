-module(stdlib_calendar_arith).
-export([start/0]).

%% Date arithmetic built on gregorian seconds: adding durations, ages, month ends.
id(X) -> X.

add_seconds(DT, S) ->
    calendar:gregorian_seconds_to_datetime(calendar:datetime_to_gregorian_seconds(DT) + S).

add_months({Y, M, D}, N) ->
    Z = Y * 12 + (M - 1) + N,
    Y2 = Z div 12,
    M2 = Z rem 12 + 1,
    {Y2, M2, min(D, calendar:last_day_of_the_month(Y2, M2))}.

age({Y1, M1, D1}, {Y2, M2, D2}) ->
    A = Y2 - Y1,
    if {M2, D2} < {M1, D1} -> A - 1; true -> A end.

start() ->
    DT = id({{2024, 1, 31}, {23, 30, 0}}),
    io:format("~w~n", [[add_seconds(DT, S) || S <- [1800, 3600 * 24 * 29, -3600 * 24 * 31, 86400 * 366]]]),
    io:format("~w~n", [[add_months({2024, 1, 31}, N) || N <- lists:seq(-2, 13)]]),
    io:format("~w~n", [[age({2000, 2, 29}, D) || D <- [{2023, 2, 28}, {2023, 3, 1}, {2024, 2, 29}]]]),
    {Days, Time} = calendar:time_difference(DT, {{2025, 6, 1}, {8, 15, 0}}),
    io:format("~w ~w~n", [Days, Time]),
    Mondays = [D || N <- lists:seq(0, 59),
                    D <- [calendar:gregorian_days_to_date(calendar:date_to_gregorian_days(2024, 2, 1) + N)],
                    calendar:day_of_the_week(D) =:= 1],
    io:format("~w~n", [Mondays]),
    calendar:datetime_to_gregorian_seconds(DT) - calendar:datetime_to_gregorian_seconds({{1970, 1, 1}, {0, 0, 0}}).
