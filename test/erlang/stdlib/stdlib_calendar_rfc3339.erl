-module(stdlib_calendar_rfc3339).
-export([start/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    T = id(1700000000),
    Opts = [[], [{offset, "Z"}], [{offset, "+05:30"}], [{offset, "-08:00"}], [{offset, 3600}],
            [{offset, -1800}], [{time_designator, $\s}, {offset, "Z"}], [{unit, second}, {offset, "Z"}],
            [{unit, second}, {offset, 0}]],
    [io:format("~p~n", [t(fun() -> calendar:system_time_to_rfc3339(T, O) end)]) || O <- Opts, O =/= []],
    Ms = id(1700000000123),
    [io:format("~p~n", [t(fun() -> calendar:system_time_to_rfc3339(Ms, [{unit, U}, {offset, "Z"}]) end)])
     || U <- [millisecond, microsecond, nanosecond]],
    io:format("~p~n", [calendar:system_time_to_rfc3339(id(0), [{offset, "Z"}])]),
    io:format("~p~n", [calendar:system_time_to_rfc3339(id(-1), [{offset, "Z"}])]),
    io:format("~p~n", [calendar:system_time_to_rfc3339(id(-1500), [{unit, millisecond}, {offset, "Z"}])]),
    io:format("~p~n", [calendar:system_time_to_rfc3339(id(253402300799), [{offset, "Z"}])]),
    Strs = ["2023-11-14T22:13:20Z", "2023-11-14T22:13:20+00:00", "2023-11-14T23:13:20+01:00",
            "2023-11-14t22:13:20z", "2023-11-14 22:13:20Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59Z",
            "2023-11-14T22:13:20.123Z", "2023-11-14T22:13:20.123456-02:30", "2000-02-29T12:00:00.5Z"],
    [io:format("~p~n", [[t(fun() -> calendar:rfc3339_to_system_time(S, [{unit, U}]) end) || U <- [second, millisecond, microsecond]]]) || S <- Strs],
    Bad = ["2023-11-14", "2023-11-14T22:13:20", "not a date", "2023-13-14T22:13:20Z"],
    [io:format("~p~n", [t(fun() -> calendar:rfc3339_to_system_time(S) end)]) || S <- Bad],
    calendar:rfc3339_to_system_time(calendar:system_time_to_rfc3339(T, [{offset, "+03:00"}])).
