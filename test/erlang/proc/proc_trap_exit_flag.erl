-module(proc_trap_exit_flag).
-export([start/0]).

%% process_flag/2 returns the old value; bad flags and values raise badarg.
start() ->
    io:format("~p~n", [process_flag(trap_exit, true)]),
    io:format("~p~n", [process_flag(trap_exit, true)]),
    io:format("~p~n", [process_flag(trap_exit, false)]),
    io:format("~p~n", [process_info(self(), trap_exit)]),
    io:format("~p~n", [process_flag(priority, high)]),
    io:format("~p~n", [process_flag(priority, low)]),
    io:format("~p~n", [process_flag(priority, normal)]),
    io:format("~p~n", [process_info(self(), priority)]),
    io:format("~p~n", [is_integer(process_flag(min_heap_size, 500))]),
    {min_heap_size, M} = process_info(self(), min_heap_size),
    io:format("min_heap_size at least 500 ~p~n", [M >= 500]),
    io:format("~p~n", [process_flag(sensitive, false)]),
    Bad = [{trap_exit, maybe}, {priority, urgent}, {no_such_flag, true}, {"trap_exit", true}, {min_heap_size, -3}],
    [io:format("~p~n", [try process_flag(F, V) catch error:E -> E end]) || {F, V} <- Bad],
    ok.
