-module(stdlib_calendar_leap).
-export([start/0]).

%% Leap years and year lengths over four centuries (the Gregorian cycle is 146097 days).
id(X) -> X.

start() ->
    Leaps = [Y || Y <- lists:seq(1896, 1912) ++ lists:seq(1996, 2004) ++ [2100, 2400], calendar:is_leap_year(id(Y))],
    io:format("~w~n", [Leaps]),
    Count = length([Y || Y <- lists:seq(1601, 2000), calendar:is_leap_year(Y)]),
    Cycle = calendar:date_to_gregorian_days(2001, 1, 1) - calendar:date_to_gregorian_days(1601, 1, 1),
    io:format("~w ~w~n", [Count, Cycle]),
    Lens = [calendar:date_to_gregorian_days(Y + 1, 1, 1) - calendar:date_to_gregorian_days(Y, 1, 1) || Y <- [1900, 2000, 2023, 2024]],
    io:format("~w~n", [Lens]),
    Feb = [calendar:last_day_of_the_month(Y, 2) || Y <- lists:seq(2020, 2030)],
    io:format("~w~n", [Feb]),
    io:format("~w~n", [[calendar:valid_date(Y, 2, 29) || Y <- [1900, 2000, 2019, 2020]]]),
    Cycle.
