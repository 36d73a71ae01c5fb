-module(stdlib_calendar_days).
-export([start/0]).

id(X) -> X.

add_days(D, N) -> calendar:gregorian_days_to_date(calendar:date_to_gregorian_days(D) + N).

start() ->
    D = id({2023, 12, 25}),
    io:format("~w~n", [[add_days(D, N) || N <- [-400, -366, -365, -1, 0, 1, 6, 7, 37, 60, 366, 10000]]]),
    io:format("~w~n", [[calendar:day_of_the_week(add_days(D, N)) || N <- lists:seq(0, 13)]]),
    io:format("~w~n", [[calendar:day_of_the_week(Y, 1, 1) || Y <- lists:seq(1995, 2030)]]),
    io:format("~w~n", [[calendar:date_to_gregorian_days(id(Y), 3, 1) - calendar:date_to_gregorian_days(Y, 2, 28)
                        || Y <- [1600, 1700, 1800, 1900, 2000, 2023, 2024, 2100, 2400]]]),
    io:format("~w~n", [[calendar:gregorian_days_to_date(N) || N <- [0, 1, 59, 60, 365, 366, 730119, 738885, 1000000]]]),
    io:format("~w~n", [[{Y, M, calendar:last_day_of_the_month(Y, M)} || Y <- [1900, 2000, 2024], M <- [2]]]),
    Count = length([x || Y <- lists:seq(2000, 2030), M <- lists:seq(1, 12), calendar:day_of_the_week(Y, M, 13) =:= 5]),
    io:format("friday 13ths ~w~n", [Count]),
    calendar:date_to_gregorian_days(id({9999, 12, 31})).
