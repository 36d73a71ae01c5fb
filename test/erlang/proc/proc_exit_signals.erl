-module(proc_exit_signals).
-export([start/0]).

%% exit/2: normal is ignored by a process that does not trap exits, other reasons kill it,
%% kill cannot be trapped, and a trapping process gets the signal as a message.
start() ->
    P1 = sleeper(),
    exit(P1, normal),
    io:format("after normal: ~p~n", [alive(P1)]),
    exit(P1, some_reason),
    io:format("after some_reason: ~p~n", [alive(P1)]),
    P2 = sleeper(),
    M2 = monitor(process, P2),
    exit(P2, kill),
    io:format("after kill: ~p ~p~n", [alive(P2), down(M2)]),
    Self = self(),
    T = spawn(fun() ->
                      process_flag(trap_exit, true),
                      Self ! ready,
                      loop_report(Self)
              end),
    receive ready -> ok end,
    exit(T, normal),
    exit(T, {custom, 1}),
    exit(T, shutdown),
    [receive {report, R} -> io:format("trapped ~p~n", [R]) end || _ <- [1, 2, 3]],
    MT = monitor(process, T),
    exit(T, kill),
    io:format("trapping process killed: ~p~n", [down(MT)]),
    io:format("exit to dead pid: ~p~n", [exit(T, kill)]),
    {'EXIT', {badarg, _}} = (catch exit(not_a_pid, kill)),
    {'EXIT', {badarg, _}} = (catch exit(some_name, kill)),
    io:format("badargs ok~n"),
    ok.

loop_report(Parent) ->
    receive
        {'EXIT', From, R} ->
            Parent ! {report, {From =:= Parent, R}},
            loop_report(Parent)
    end.

sleeper() -> spawn(fun() -> receive never -> ok end end).

alive(P) -> is_process_alive(P).

down(Ref) ->
    receive {'DOWN', Ref, process, _, R} -> R after 1000 -> timeout end.
