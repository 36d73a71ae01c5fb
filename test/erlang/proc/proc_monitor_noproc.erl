-module(proc_monitor_noproc).
-export([start/0]).

%% Monitoring something that is not there: an immediate 'DOWN' with noproc.
start() ->
    Dead = spawn(fun() -> ok end),
    R0 = monitor(process, Dead),
    receive {'DOWN', R0, process, Dead, normal} -> ok end,
    R1 = monitor(process, Dead),
    receive {'DOWN', R1, process, What1, Why1} -> io:format("~p ~p~n", [What1 =:= Dead, Why1]) end,
    R2 = monitor(process, no_such_name),
    receive {'DOWN', R2, process, What2, Why2} -> io:format("~p ~p~n", [What2, Why2]) end,
    R3 = monitor(process, {no_such_name, node()}),
    receive {'DOWN', R3, process, What3, Why3} -> io:format("~p ~p~n", [What3, Why3]) end,
    Bad = [{process, 42}, {process, "str"}, {port, self()}, {foo, self()}, {process, {a, b, c}}],
    [io:format("~p: ~p~n", [T, catch_it(T, I)]) || {T, I} <- Bad],
    ok.

catch_it(T, I) ->
    try monitor(T, I) of V -> {ok, is_reference(V)} catch C:E -> {C, E} end.
