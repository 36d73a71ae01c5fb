-module(proc_trap_toggle).
-export([start/0]).

%% Turning trap_exit off and on: 'EXIT' messages already queued stay messages, signals that
%% arrive while not trapping act on the process.
start() ->
    Self = self(),
    P = spawn(fun() ->
                      process_flag(trap_exit, true),
                      Self ! ready,
                      receive go -> ok end,
                      Old = process_flag(trap_exit, false),
                      Self ! {flag, Old},
                      receive check -> ok end,
                      Msgs = drain(),
                      Self ! {queued, [{exit, R} || {'EXIT', _, R} <- Msgs]},
                      receive never -> ok end
              end),
    receive ready -> ok end,
    exit(P, first),
    exit(P, second),
    P ! go,
    receive {flag, F} -> io:format("old flag ~p~n", [F]) end,
    exit(P, normal),
    P ! check,
    receive {queued, Q} -> io:format("queued ~p~n", [Q]) end,
    M = monitor(process, P),
    exit(P, third),
    receive {'DOWN', M, process, P, R} -> io:format("untrapped signal kills: ~p~n", [R]) end,
    ok.

drain() -> receive X -> [X | drain()] after 0 -> [] end.
