-module(proc_trap_chain).
-export([start/0]).

%% A trapping process in the middle of a link chain stops the propagation.
start() ->
    Self = self(),
    A = spawn(fun() -> receive die -> exit(a_died) end end),
    B = spawn(fun() ->
                      process_flag(trap_exit, true),
                      link(A),
                      Self ! b_ready,
                      receive {'EXIT', A, R} -> Self ! {b_got, R} end,
                      receive never -> ok end
              end),
    receive b_ready -> ok end,
    C = spawn(fun() -> link(B), Self ! c_ready, receive never -> ok end end),
    receive c_ready -> ok end,
    A ! die,
    receive {b_got, R} -> io:format("B trapped ~p~n", [R]) end,
    io:format("B alive ~p, C alive ~p~n", [is_process_alive(B), is_process_alive(C)]),
    MC = monitor(process, C),
    exit(B, kill),
    receive {'DOWN', MC, process, C, RC} -> io:format("C got ~p~n", [RC]) end,
    ok.
