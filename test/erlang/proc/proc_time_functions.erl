-module(proc_time_functions).
-export([start/0]).

%% monotonic_time, system_time, timestamps and time_offset are consistent with each other.
start() ->
    M1 = erlang:monotonic_time(),
    M2 = erlang:monotonic_time(),
    io:format("monotonic ~p~n", [is_integer(M1) andalso M2 >= M1]),
    Units = [second, millisecond, microsecond, nanosecond, native, 1000],
    io:format("units ~p~n", [[is_integer(erlang:monotonic_time(U)) || U <- Units]]),
    io:format("system units ~p~n", [[is_integer(erlang:system_time(U)) || U <- Units]]),
    S = erlang:system_time(second),
    {Mega, Sec, Micro} = erlang:timestamp(),
    io:format("timestamp ~p~n", [abs(Mega * 1000000 + Sec - S) =< 1 andalso Micro >= 0 andalso Micro < 1000000]),
    {Mg2, S2, _} = os:timestamp(),
    io:format("os:timestamp ~p~n", [abs(Mg2 * 1000000 + S2 - S) =< 1]),
    io:format("after 2020 ~p~n", [S > 1577836800]),
    Ms = erlang:system_time(millisecond),
    io:format("ms vs s ~p~n", [abs(Ms div 1000 - S) =< 1]),
    Off = erlang:time_offset(millisecond),
    Mono = erlang:monotonic_time(millisecond),
    io:format("offset ~p~n", [abs(Mono + Off - erlang:system_time(millisecond)) =< 50]),
    io:format("os:system_time ~p~n", [abs(os:system_time(second) - S) =< 1]),
    io:format("native is ns ~p~n", [erlang:convert_time_unit(1, second, native)]),
    [io:format("~p~n", [try erlang:monotonic_time(U) of _ -> ok catch error:E -> E end]) || U <- [minutes, 0, -5, "s"]],
    ok.
