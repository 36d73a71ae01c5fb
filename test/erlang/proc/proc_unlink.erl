-module(proc_unlink).
-export([start/0]).

%% unlink/1 removes the link on both sides: no signal follows.
start() ->
    Self = self(),
    A = spawn(fun() -> receive die -> exit(crash) end end),
    B = spawn(fun() ->
                      link(A),
                      Self ! linked,
                      receive unlink -> unlink(A), Self ! unlinked end,
                      receive never -> ok end
              end),
    receive linked -> ok end,
    {links, LB} = process_info(B, links),
    io:format("B links to A: ~p~n", [LB =:= [A]]),
    B ! unlink,
    receive unlinked -> ok end,
    {links, LA} = process_info(A, links),
    io:format("A links after unlink: ~p~n", [LA]),
    MA = monitor(process, A),
    A ! die,
    receive {'DOWN', MA, process, A, R} -> io:format("A: ~p~n", [R]) end,
    timer:sleep(10),
    io:format("B alive: ~p~n", [is_process_alive(B)]),
    process_flag(trap_exit, true),
    C = spawn_link(fun() -> receive die -> exit(crash) end end),
    unlink(C),
    C ! die,
    receive {'EXIT', C, _} = M -> io:format("unexpected ~p~n", [element(3, M)]) after 100 -> io:format("no EXIT after unlink~n") end,
    exit(B, kill),
    ok.
