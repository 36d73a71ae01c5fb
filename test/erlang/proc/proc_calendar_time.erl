-module(proc_calendar_time).
-export([start/0]).

%% universaltime/0, localtime/0, date/0, time/0 return well-formed values.
start() ->
    {{Y, Mo, D}, {H, Mi, S}} = erlang:universaltime(),
    io:format("universaltime ~p~n", [valid(Y, Mo, D, H, Mi, S)]),
    {{Y2, Mo2, D2}, {H2, Mi2, S2}} = erlang:localtime(),
    io:format("localtime ~p~n", [valid(Y2, Mo2, D2, H2, Mi2, S2)]),
    {Y3, Mo3, D3} = date(),
    {H3, Mi3, S3} = time(),
    io:format("date/time ~p~n", [valid(Y3, Mo3, D3, H3, Mi3, S3)]),
    Secs = erlang:system_time(second),
    Days = Secs div 86400,
    io:format("year from days ~p~n", [abs(1970 + Days / 365.2425 - Y) < 1.1]),
    io:format("time of day ~p~n", [abs(Secs rem 86400 - (H * 3600 + Mi * 60 + S)) =< 2 orelse Secs rem 86400 < 3]),
    DT = {{2024, 2, 29}, {12, 0, 0}},
    io:format("~p~n", [is_tuple(erlang:universaltime_to_localtime(DT))]),
    ok.

valid(Y, Mo, D, H, Mi, S) ->
    Y >= 2020 andalso Mo >= 1 andalso Mo =< 12 andalso D >= 1 andalso D =< 31 andalso
        H >= 0 andalso H < 24 andalso Mi >= 0 andalso Mi < 60 andalso S >= 0 andalso S < 61.
