-module(stdlib_calendar_weekdays).
-export([start/0]).

%% A month calendar page, the weekday of the first of every month, and counting weekdays.
id(X) -> X.

page(Y, M) ->
    First = calendar:day_of_the_week(Y, M, 1),
    Last = calendar:last_day_of_the_month(Y, M),
    Cells = lists:duplicate(First - 1, "   ") ++ [io_lib:format("~3w", [D]) || D <- lists:seq(1, Last)],
    rows(Cells).

rows([]) -> ok;
rows(Cells) ->
    {Row, Rest} = lists:split(min(7, length(Cells)), Cells),
    io:format("~s~n", [lists:flatten(Row)]),
    rows(Rest).

start() ->
    io:format(" Mo Tu We Th Fr Sa Su~n"),
    page(id(2024), 2),
    page(id(2023), 10),
    io:format("~w~n", [[calendar:day_of_the_week(2025, M, 1) || M <- lists:seq(1, 12)]]),
    Work = length([D || D <- lists:seq(1, 31), calendar:day_of_the_week(2024, 7, D) < 6]),
    io:format("~w~n", [Work]),
    Work.
