-module(proc_monitor_name_noproc).
-export([start/0]).

%% Monitors on names: a name nobody holds gives an immediate 'DOWN' with noproc naming
%% {Name, Node}; a held name monitors its current owner, and the 'DOWN' keeps the name form.
start() ->
    Node = node(),
    R1 = monitor(process, proc_monitor_name_noproc_nobody),
    receive
        {'DOWN', R1, process, W1, Why1} ->
            io:format("atom form ~p ~p~n", [W1 =:= {proc_monitor_name_noproc_nobody, Node}, Why1])
    end,
    R2 = monitor(process, {proc_monitor_name_noproc_nobody, Node}),
    receive
        {'DOWN', R2, process, {N2, Nd2}, Why2} -> io:format("tuple form ~p ~p ~p~n", [N2, Nd2 =:= Node, Why2])
    end,
    P = spawn(fun() -> receive {stop, R} -> exit(R) end end),
    register(proc_monitor_name_noproc_srv, P),
    R3 = monitor(process, proc_monitor_name_noproc_srv),
    {monitors, Ms} = process_info(self(), monitors),
    io:format("monitors ~p~n", [[{T, N} || {T, {N, Nd}} <- Ms, Nd =:= Node]]),
    {monitored_by, MB} = process_info(P, monitored_by),
    io:format("monitored_by ~p~n", [MB =:= [self()]]),
    unregister(proc_monitor_name_noproc_srv),
    io:format("monitors after unregister ~p~n", [length(element(2, process_info(self(), monitors)))]),
    P ! {stop, {shutdown, why}},
    receive
        {'DOWN', R3, process, W3, Why3} -> io:format("down ~p ~p~n", [W3 =:= {proc_monitor_name_noproc_srv, Node}, Why3])
    end,
    Q = spawn(fun() -> receive go -> ok end end),
    register(proc_monitor_name_noproc_srv, Q),
    R4 = monitor(process, proc_monitor_name_noproc_srv),
    io:format("demonitor name monitor ~p~n", [demonitor(R4, [info])]),
    io:format("monitors now ~p~n", [process_info(self(), monitors)]),
    Q ! go,
    receive Any -> io:format("unexpected ~p~n", [Any]) after 30 -> io:format("no down after demonitor~n") end,
    Bad = [fun() -> monitor(process, "name") end,
           fun() -> monitor(process, {a, b, c}) end,
           fun() -> monitor(process, {name, "node"}) end,
           fun() -> monitor(thing, self()) end,
           fun() -> monitor(process, 42) end],
    [io:format("~p~n", [try F() of V -> {value, is_reference(V)} catch C:E -> {C, E} end]) || F <- Bad],
    ok.
