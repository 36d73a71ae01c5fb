-module(stdlib_calendar_valid).
-export([start/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    Dates = [{2024, 2, 29}, {2023, 2, 29}, {1900, 2, 29}, {2000, 2, 29}, {2023, 4, 31}, {2023, 0, 1},
             {2023, 13, 1}, {2023, 1, 0}, {0, 1, 1}, {-1, 1, 1}, {2023, 12, 31}, {2023, 6, 30}],
    io:format("~w~n", [[calendar:valid_date(id(D)) || D <- Dates]]),
    io:format("~w~n", [[calendar:valid_date(Y, M, Dd) || {Y, M, Dd} <- Dates]]),
    io:format("~w~n", [[calendar:is_leap_year(id(Y)) || Y <- [0, 4, 100, 400, 1996, 1999, 2100, 2400]]]),
    Cases = [fun() -> calendar:valid_date(id({2023, a, 1})) end,
             fun() -> calendar:valid_date(id({2023, 1})) end,
             fun() -> calendar:last_day_of_the_month(2023, id(13)) end,
             fun() -> calendar:last_day_of_the_month(-1, id(2)) end,
             fun() -> calendar:day_of_the_week(id({2023, 2, 30})) end,
             fun() -> calendar:date_to_gregorian_days(id({2023, 2, 30})) end,
             fun() -> calendar:gregorian_days_to_date(id(-1)) end,
             fun() -> calendar:is_leap_year(id(1.0)) end,
             fun() -> calendar:date_to_gregorian_days(id(foo)) end],
    [io:format("~p~n", [t(F)]) || F <- Cases],
    ok.
