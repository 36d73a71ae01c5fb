-module(proc_spawn_link_normal).
-export([start/0]).

%% Links and normal exits: a trapping parent gets {'EXIT', C, normal}; a non-trapping one is
%% unaffected; a child that returns, one that calls exit(normal), and one killed by
%% exit(C, normal) from outside (ignored) each behave as OTP.
start() ->
    process_flag(trap_exit, true),
    C1 = spawn_link(fun() -> ok end),
    receive {'EXIT', C1, R1} -> io:format("returned: ~p~n", [R1]) end,
    C2 = spawn_link(fun() -> exit(normal) end),
    receive {'EXIT', C2, R2} -> io:format("exit(normal): ~p~n", [R2]) end,
    C3 = spawn_link(fun() -> receive stop -> ok end end),
    exit(C3, normal),
    timer:sleep(10),
    io:format("exit(C, normal) ignored: ~p~n", [is_process_alive(C3)]),
    C3 ! stop,
    receive {'EXIT', C3, R3} -> io:format("then: ~p~n", [R3]) end,
    Self = self(),
    P = spawn(fun() ->
                      C = spawn_link(fun() -> ok end),
                      M = monitor(process, C),
                      receive {'DOWN', M, _, _, _} -> ok end,
                      timer:sleep(10),
                      Self ! {untrapped_survives, process_info(self(), message_queue_len)}
              end),
    receive {untrapped_survives, Q} -> io:format("untrapped parent alive, queue ~p~n", [Q]) end,
    _ = P,
    C4 = spawn_link(fun() -> exit(self(), normal), receive after 100 -> not_killed end end),
    receive {'EXIT', C4, R4} -> io:format("exit(self(), normal): ~p~n", [R4]) end,
    ok.
