-module(proc_demonitor).
-export([start/0]).

%% demonitor/1,2 with flush and info.
start() ->
    P = spawn(fun() -> receive stop -> exit(stopped) end end),
    R1 = monitor(process, P),
    io:format("demonitor ~p~n", [demonitor(R1)]),
    io:format("again ~p~n", [demonitor(R1)]),
    io:format("info on removed ~p~n", [demonitor(R1, [info])]),
    R2 = monitor(process, P),
    io:format("info on live ~p~n", [demonitor(R2, [info])]),
    R3 = monitor(process, P),
    R4 = monitor(process, P),
    P ! stop,
    timer:sleep(20),
    {message_queue_len, N} = process_info(self(), message_queue_len),
    io:format("queued downs ~p~n", [N]),
    io:format("flush ~p~n", [demonitor(R3, [flush])]),
    {message_queue_len, N2} = process_info(self(), message_queue_len),
    io:format("after flush ~p~n", [N2]),
    io:format("flush+info ~p~n", [demonitor(R4, [flush, info])]),
    io:format("flush+info nothing ~p~n", [demonitor(make_ref(), [flush, info])]),
    receive M -> io:format("left ~p~n", [M]) after 0 -> io:format("mailbox empty~n") end,
    self() ! {'DOWN', R1, process, x, y},
    self() ! keep,
    demonitor(R1, [flush]),
    receive M2 -> io:format("kept ~p~n", [M2]) after 0 -> io:format("empty~n") end,
    io:format("unknown ref ~p~n", [demonitor(make_ref())]),
    [io:format("~p~n", [element(1, catch_it(A))]) || A <- [[foo], bar, [flush | info]]],
    {'EXIT', {badarg, _}} = (catch demonitor(not_a_ref)),
    ok.

catch_it(Opts) ->
    try demonitor(make_ref(), Opts) of V -> V catch error:E -> {E} end.
