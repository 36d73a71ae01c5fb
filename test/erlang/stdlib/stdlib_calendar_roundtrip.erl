-module(stdlib_calendar_roundtrip).
-export([start/0]).

%% date <-> gregorian days and datetime <-> seconds round trips over many dates.
id(X) -> X.

start() ->
    Days = lists:seq(id(0), 800000, 997),
    R1 = lists:all(fun(D) -> calendar:date_to_gregorian_days(calendar:gregorian_days_to_date(D)) =:= D end, Days),
    Secs = lists:seq(id(0), 63000000000, 123456789),
    R2 = lists:all(fun(S) -> calendar:datetime_to_gregorian_seconds(calendar:gregorian_seconds_to_datetime(S)) =:= S end, Secs),
    io:format("~w ~w ~w ~w~n", [R1, R2, length(Days), length(Secs)]),
    Dates = [calendar:gregorian_days_to_date(D) || D <- lists:sublist(Days, 1, 12)],
    io:format("~w~n", [Dates]),
    Sorted = lists:sort([calendar:gregorian_days_to_date(D) || D <- lists:reverse(Days)]),
    io:format("~w~n", [Sorted =:= [calendar:gregorian_days_to_date(D) || D <- Days]]),
    io:format("~w~n", [[calendar:gregorian_seconds_to_datetime(S) || S <- lists:sublist(Secs, 1, 5)]]),
    lists:last(Dates).
