-module(proc_exit2_reasons).
-export([start/0]).

%% exit/2 with various reasons to a trapping process: everything but kill becomes
%% an 'EXIT' message; kill terminates it with reason killed.
start() ->
    Rs = [normal, shutdown, custom, {tuple, 1}, kill, killed],
    [io:format("~p: ~p~n", [R, try_reason(R)]) || R <- Rs],
    ok.

try_reason(R) ->
    Self = self(),
    P = spawn(fun() ->
        process_flag(trap_exit, true),
        Self ! ready,
        receive
            {'EXIT', From, Why} -> Self ! {got, From =:= Self, Why}
        end
    end),
    receive ready -> ok end,
    Ref = erlang:monitor(process, P),
    exit(P, R),
    receive
        {got, FromMe, Why} ->
            receive {'DOWN', Ref, process, P, normal} -> ok end,
            {trapped, FromMe, Why};
        {'DOWN', Ref, process, P, Why} -> {died, Why}
    end.
