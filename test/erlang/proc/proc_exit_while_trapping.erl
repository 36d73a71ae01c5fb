-module(proc_exit_while_trapping).
-export([start/0]).

%% Turning trap_exit on and off changes how the same exit signals are handled.
start() ->
    Self = self(),
    P = spawn(fun() -> loop(Self) end),
    P ! {trap, true},
    receive {trap_set, true} -> ok end,
    exit(P, first),
    receive {got, R1} -> io:format("trapped ~p~n", [R1]) end,
    P ! {trap, false},
    receive {trap_set, false} -> ok end,
    Ref = monitor(process, P),
    exit(P, second),
    receive {'DOWN', Ref, process, P, R2} -> io:format("died ~p~n", [R2]) end,
    ok.

loop(Parent) ->
    receive
        {trap, B} -> process_flag(trap_exit, B), Parent ! {trap_set, B}, loop(Parent);
        {'EXIT', _, R} -> Parent ! {got, R}, loop(Parent)
    end.
