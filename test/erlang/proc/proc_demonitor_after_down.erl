-module(proc_demonitor_after_down).
-export([start/0]).

%% demonitor/2 once the 'DOWN' is already queued: true/false results of [info], what
%% [flush] removes, and that other messages stay in order.
start() ->
    {P1, R1} = spawn_monitor(fun() -> ok end),
    wait_dead(P1),
    io:format("queued ~p~n", [qlen()]),
    io:format("info after down ~p~n", [demonitor(R1, [info])]),
    io:format("queued still ~p~n", [qlen()]),
    io:format("flush+info ~p~n", [demonitor(R1, [flush, info])]),
    io:format("queued after flush ~p~n", [qlen()]),
    {P2, R2} = spawn_monitor(fun() -> exit(bye) end),
    wait_dead(P2),
    self() ! before,
    io:format("plain demonitor ~p~n", [demonitor(R2)]),
    self() ! 'after',
    io:format("flush only ~p~n", [demonitor(R2, [flush])]),
    io:format("left ~p~n", [drain()]),
    P3 = spawn(fun() -> receive stop -> ok end end),
    R3 = monitor(process, P3),
    io:format("info live ~p~n", [demonitor(R3, [info])]),
    io:format("info live again ~p~n", [demonitor(R3, [info])]),
    R4 = monitor(process, P3),
    R5 = monitor(process, P3),
    demonitor(R4, [flush]),
    P3 ! stop,
    receive {'DOWN', R, process, _, Why} -> io:format("only R5 fires ~p ~p~n", [R =:= R5, Why]) end,
    io:format("left ~p~n", [drain()]),
    ok.

wait_dead(P) ->
    case is_process_alive(P) of
        true -> erlang:yield(), timer:sleep(1), wait_dead(P);
        false -> timer:sleep(5)
    end.

qlen() ->
    {message_queue_len, N} = process_info(self(), message_queue_len),
    N.

drain() ->
    receive M -> [M | drain()] after 0 -> [] end.
