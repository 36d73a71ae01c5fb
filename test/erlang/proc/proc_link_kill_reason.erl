-module(proc_link_kill_reason).
-export([start/0]).

%% A process that ends with reason kill (exit/1) sends `kill` through its links as an ordinary
%% reason; a process killed by exit(P, kill) ends with `killed` and sends that.
start() ->
    process_flag(trap_exit, true),
    A = spawn(fun() -> receive go -> exit(kill) end end),
    B = spawn(fun() -> link(A), receive never -> ok end end),
    MB = monitor(process, B),
    sync(B),
    A ! go,
    io:format("B died with ~p~n", [down(MB)]),
    C = spawn_link(fun() -> exit(kill) end),
    receive {'EXIT', C, R1} -> io:format("trapped from exit(kill): ~p~n", [R1]) end,
    D = spawn_link(fun() -> receive never -> ok end end),
    exit(D, kill),
    receive {'EXIT', D, R2} -> io:format("trapped from exit(D, kill): ~p~n", [R2]) end,
    E = spawn(fun() -> receive never -> ok end end),
    F = spawn(fun() -> link(E), receive never -> ok end end),
    MF = monitor(process, F),
    sync(F),
    exit(E, kill),
    io:format("F died with ~p~n", [down(MF)]),
    ok.

%% make sure P has run its link/1 call
sync(P) ->
    erlang:yield(),
    timer:sleep(10),
    true = is_process_alive(P).

down(Ref) ->
    receive {'DOWN', Ref, process, _, R} -> R after 1000 -> timeout end.
