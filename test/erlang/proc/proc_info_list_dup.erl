-module(proc_info_list_dup).
-export([start/0]).

%% process_info/2 with item lists: order kept, duplicates answered twice, and the values
%% of links, monitors, monitored_by, trap_exit, priority, dictionary and message queue.
start() ->
    Self = self(),
    P = spawn(fun() ->
                      process_flag(trap_exit, true),
                      process_flag(priority, low),
                      put(k, v),
                      Self ! ready,
                      receive stop -> ok end
              end),
    receive ready -> ok end,
    link(P),
    R = monitor(process, P),
    P ! filler,
    timer:sleep(10),
    Items = [trap_exit, priority, trap_exit, message_queue_len, dictionary, registered_name, status],
    io:format("~p~n", [process_info(P, Items)]),
    [{links, L}, {monitored_by, MB}, {monitors, Ms}] = process_info(P, [links, monitored_by, monitors]),
    io:format("~p ~p ~p~n", [L =:= [Self], MB =:= [Self], Ms]),
    [{monitors, MyMs}, {links, MyL}] = process_info(self(), [monitors, links]),
    io:format("~p ~p~n", [MyMs =:= [{process, P}], MyL =:= [P]]),
    io:format("~p~n", [process_info(P, [messages, messages])]),
    demonitor(R),
    unlink(P),
    io:format("~p~n", [process_info(P, [links, monitored_by])]),
    P ! stop,
    ok.
