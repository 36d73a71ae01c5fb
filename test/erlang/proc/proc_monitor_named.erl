-module(proc_monitor_named).
-export([start/0]).

%% Monitors by registered name: the 'DOWN' message names {Name, Node}.
start() ->
    P = spawn(fun() -> receive stop -> exit(stopped) end end),
    register(proc_monitor_named_srv, P),
    R1 = monitor(process, proc_monitor_named_srv),
    R2 = monitor(process, {proc_monitor_named_srv, node()}),
    R3 = monitor(process, P),
    proc_monitor_named_srv ! stop,
    L = [receive {'DOWN', R, process, W, Why} -> {W, Why} end || R <- [R1, R2, R3]],
    [io:format("~p~n", [case W of W when is_pid(W) -> {pid, Why}; _ -> {W, Why} end]) || {W, Why} <- L],
    io:format("~p~n", [whereis(proc_monitor_named_srv)]),
    ok.
