-module(proc_info_items).
-export([start/0]).

%% process_info/2 with single items and item lists.
start() ->
    Self = self(),
    P = spawn(fun() ->
                      put(color, blue),
                      process_flag(trap_exit, true),
                      Self ! ready,
                      receive stop -> ok end
              end),
    receive ready -> ok end,
    link(P),
    [P ! {filler, I} || I <- lists:seq(1, 3)],
    timer:sleep(10),
    io:format("~p~n", [process_info(P, message_queue_len)]),
    io:format("~p~n", [process_info(P, messages)]),
    io:format("~p~n", [process_info(P, dictionary)]),
    io:format("~p~n", [process_info(P, trap_exit)]),
    io:format("~p~n", [process_info(P, status)]),
    io:format("~p~n", [process_info(self(), status)]),
    io:format("~p~n", [process_info(P, priority)]),
    {links, L} = process_info(P, links),
    io:format("links to me ~p~n", [L =:= [Self]]),
    io:format("~p~n", [process_info(P, registered_name)]),
    io:format("~p~n", [process_info(P, [registered_name, trap_exit, message_queue_len])]),
    io:format("~p~n", [process_info(P, [])]),
    {initial_call, IC} = process_info(P, initial_call),
    io:format("initial_call ~p~n", [IC]),
    [io:format("~p integer ~p~n", [K, is_integer(element(2, process_info(P, K)))]) ||
        K <- [heap_size, stack_size, total_heap_size, reductions, memory]],
    {group_leader, GL} = process_info(P, group_leader),
    io:format("group leader shared ~p~n", [GL =:= group_leader()]),
    unlink(P),
    P ! stop,
    ok.
