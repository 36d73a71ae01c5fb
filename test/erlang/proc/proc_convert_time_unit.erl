-module(proc_convert_time_unit).
-export([start/0]).

%% erlang:convert_time_unit/3 rounds down (towards minus infinity) like OTP.
start() ->
    Cases = [{1, second, millisecond}, {1500, millisecond, second}, {-1500, millisecond, second},
             {-1, nanosecond, second}, {1, nanosecond, second}, {999, microsecond, millisecond},
             {-999, microsecond, millisecond}, {3, second, 7}, {7, 3, second}, {10, 3, 7},
             {-10, 3, 7}, {123456789012345678901234567890, nanosecond, second},
             {86400, second, microsecond}, {0, native, second}, {5, seconds, milli_seconds},
             {5, micro_seconds, nano_seconds}, {1, perf_counter, nanosecond}],
    [io:format("~p ~p -> ~p: ~p~n", [T, F, To, erlang:convert_time_unit(T, F, To)]) || {T, F, To} <- Cases],
    [io:format("~p~n", [try erlang:convert_time_unit(T, F, To) of V -> V catch error:E -> E end]) ||
        {T, F, To} <- [{1.0, second, second}, {1, bogus, second}, {1, second, 0}]],
    ok.
