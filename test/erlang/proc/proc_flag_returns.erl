-module(proc_flag_returns).
-export([start/0]).

%% process_flag/2 returns the old value of each flag; bad flags and values raise badarg.
start() ->
    io:format("trap ~p~n", [process_flag(trap_exit, true)]),
    io:format("trap ~p~n", [process_flag(trap_exit, true)]),
    io:format("trap ~p~n", [process_flag(trap_exit, false)]),
    io:format("prio ~p~n", [process_flag(priority, high)]),
    io:format("prio ~p~n", [process_flag(priority, low)]),
    io:format("info ~p~n", [process_info(self(), priority)]),
    io:format("prio ~p~n", [process_flag(priority, normal)]),
    Old = process_flag(min_heap_size, 1000),
    io:format("min_heap old integer ~p~n", [is_integer(Old)]),
    io:format("min_heap now ~p~n", [process_flag(min_heap_size, Old) >= 1000]),
    io:format("mqd ~p~n", [process_flag(message_queue_data, on_heap)]),
    io:format("sensitive ~p~n", [process_flag(sensitive, false)]),
    Self = self(),
    spawn(fun() -> Self ! {child, process_flag(trap_exit, true), process_flag(priority, low)} end),
    receive {child, T, P} -> io:format("child defaults ~p ~p~n", [T, P]) end,
    Bad = [{trap_exit, maybe}, {priority, urgent}, {priority, "high"}, {min_heap_size, -5},
           {min_heap_size, big}, {no_such_flag, true}, {"trap_exit", true}, {message_queue_data, sideways}],
    [io:format("~p -> ~p~n", [B, try process_flag(F, V) catch C:E -> {C, E} end]) || {F, V} = B <- Bad],
    io:format("process_flag/3 on self ~p~n", [try process_flag(self(), save_calls, 0) of R -> R catch C2:E2 -> {C2, E2} end]),
    io:format("trap still ~p~n", [process_info(self(), trap_exit)]),
    ok.
