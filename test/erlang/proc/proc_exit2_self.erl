-module(proc_exit2_self).
-export([start/0]).

%% exit(self(), Reason) from within a process, trapping and not trapping.
start() ->
    Rs = [normal, custom, kill],
    [io:format("no trap ~p: ~p~n", [R, run(false, R)]) || R <- Rs],
    [io:format("trap ~p: ~p~n", [R, run(true, R)]) || R <- Rs],
    ok.

run(Trap, R) ->
    Self = self(),
    {P, Ref} = spawn_monitor(fun() ->
        process_flag(trap_exit, Trap),
        exit(self(), R),
        Msg = receive M -> M after 50 -> nothing end,
        Self ! {survived, case Msg of {'EXIT', F, W} -> {'EXIT', F =:= self(), W}; O -> O end}
    end),
    receive
        {survived, M} ->
            receive {'DOWN', Ref, process, P, _} -> ok end,
            {survived, M};
        {'DOWN', Ref, process, P, Why} -> {died, Why}
    end.
