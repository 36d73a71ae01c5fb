-module(proc_is_alive).
-export([start/0]).

%% is_process_alive/1 across a process's life.
start() ->
    io:format("self ~p~n", [is_process_alive(self())]),
    P = spawn(fun() -> receive go -> ok end end),
    io:format("new ~p~n", [is_process_alive(P)]),
    M = monitor(process, P),
    P ! go,
    receive {'DOWN', M, _, _, _} -> ok end,
    io:format("after exit ~p~n", [is_process_alive(P)]),
    Q = spawn(fun() -> receive go -> ok end end),
    exit(Q, kill),
    io:format("right after kill ~p~n", [is_process_alive(Q)]),
    io:format("~p~n", [try is_process_alive(not_a_pid) catch error:E -> E end]),
    ok.
