-module(proc_link_noproc).
-export([start/0]).

%% link/1 to a process that no longer exists: noproc error, or a message when trapping.
start() ->
    Dead = spawn(fun() -> ok end),
    Ref = monitor(process, Dead),
    receive {'DOWN', Ref, process, Dead, normal} -> ok end,
    R = try link(Dead) of V -> {value, V} catch C:E -> {C, E} end,
    io:format("~p~n", [R]),
    process_flag(trap_exit, true),
    io:format("~p~n", [link(Dead)]),
    receive {'EXIT', Dead, Why} -> io:format("message ~p~n", [Why]) after 500 -> io:format("none~n") end,
    io:format("link self ~p~n", [link(self())]),
    io:format("unlink dead ~p~n", [unlink(Dead)]),
    {'EXIT', {badarg, _}} = (catch link(not_a_pid)),
    {'EXIT', {badarg, _}} = (catch unlink(42)),
    io:format("badargs ok~n"),
    ok.
