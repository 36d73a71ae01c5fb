-module(stdlib_calendar_iso_week).
-export([start/0]).

id(X) -> X.

start() ->
    Ds = [{2020, 12, 31}, {2021, 1, 1}, {2021, 1, 3}, {2021, 1, 4}, {2015, 12, 31}, {2016, 1, 3},
          {2026, 12, 31}, {2027, 1, 1}, {2008, 12, 29}, {2009, 12, 31}, {2010, 1, 3}, {2024, 12, 30}],
    [io:format("~w ~w ~w~n", [D, calendar:iso_week_number(id(D)), calendar:day_of_the_week(D)]) || D <- Ds],
    Weeks = [element(2, calendar:iso_week_number({Y, 12, 28})) || Y <- lists:seq(2000, 2030)],
    io:format("~w~n", [Weeks]),
    length([W || W <- Weeks, W =:= 53]).
