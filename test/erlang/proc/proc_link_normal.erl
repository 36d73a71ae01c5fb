-module(proc_link_normal).
-export([start/0]).

%% A linked process ending normally does not take its partner down; trapping partners
%% see {'EXIT', Pid, normal}.
start() ->
    Self = self(),
    Partner = spawn(fun() ->
                            L = spawn_link(fun() -> ok end),
                            Self ! {child, L},
                            receive ping -> Self ! {pong, alive} end
                    end),
    receive {child, _} -> ok end,
    timer:sleep(20),
    Partner ! ping,
    receive {pong, S} -> io:format("partner ~p~n", [S]) end,
    process_flag(trap_exit, true),
    C = spawn_link(fun() -> ok end),
    receive {'EXIT', C, R} -> io:format("trapped ~p~n", [R]) end,
    process_flag(trap_exit, false),
    C2 = spawn_link(fun() -> exit(normal) end),
    Ref = monitor(process, C2),
    receive {'DOWN', Ref, process, C2, R2} -> io:format("down ~p~n", [R2]) end,
    io:format("still here~n"),
    ok.
