-module(stdlib_calendar).
-export([start/0]).

start() ->
    Dates = [id({2024, 2, 29}), {2000, 1, 1}, {1970, 1, 1}, {1999, 12, 31}, {2023, 1, 1}, {2021, 1, 3}, {1, 1, 1}],
    lists:foreach(fun(D) ->
                          Days = calendar:date_to_gregorian_days(D),
                          io:format("~w ~w ~w ~w ~w~n",
                                    [D, Days, calendar:gregorian_days_to_date(Days),
                                     calendar:day_of_the_week(D), calendar:iso_week_number(D)])
                  end, Dates),
    io:format("~w~n", [[calendar:is_leap_year(Y) || Y <- [1900, 2000, 2023, 2024]]]),
    io:format("~w~n", [[calendar:last_day_of_the_month(2023, M) || M <- lists:seq(1, 12)]]),
    io:format("~w ~w~n", [calendar:last_day_of_the_month(2024, 2), calendar:valid_date(2023, 2, 29)]),
    DT = {{2024, 3, 15}, {13, 45, 30}},
    S = calendar:datetime_to_gregorian_seconds(DT),
    io:format("~w ~w~n", [S, calendar:gregorian_seconds_to_datetime(S + 86400 * 20)]),
    io:format("~w ~w~n", [calendar:time_to_seconds({1, 2, 3}), calendar:seconds_to_time(3723)]),
    io:format("~w~n", [calendar:seconds_to_daystime(200000)]),
    io:format("~w~n", [calendar:time_difference({{2024, 1, 1}, {0, 0, 0}}, {{2024, 3, 1}, {12, 0, 0}})]),
    io:format("~w~n", [calendar:now_to_datetime({1700, 123456, 0})]),
    io:format("~w~n", [calendar:system_time_to_universal_time(1700000000, second)]),
    io:format("~p~n", [calendar:system_time_to_rfc3339(1700000000, [{offset, "Z"}])]),
    io:format("~p~n", [calendar:system_time_to_rfc3339(1700000000123, [{unit, millisecond}, {offset, "+02:00"}])]),
    io:format("~p~n", [calendar:rfc3339_to_system_time("2023-11-14T22:13:20Z")]),
    io:format("~p~n", [calendar:rfc3339_to_system_time("2023-11-14T22:13:20.5+01:00", [{unit, millisecond}])]),
    calendar:date_to_gregorian_days(2000, 1, 1).

id(X) -> X.
