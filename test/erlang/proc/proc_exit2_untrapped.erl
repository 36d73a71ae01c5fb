-module(proc_exit2_untrapped).
-export([start/0]).

%% exit/2 to a non-trapping process: normal is ignored, anything else kills it.
start() ->
    Rs = [normal, shutdown, custom, {tuple, 1}, kill, killed],
    [io:format("~p: ~p~n", [R, try_reason(R)]) || R <- Rs],
    ok.

try_reason(R) ->
    P = spawn(fun() -> receive {ping, F} -> F ! pong, receive stop -> ok end end end),
    Ref = erlang:monitor(process, P),
    exit(P, R),
    P ! {ping, self()},
    Res = receive
        pong -> P ! stop, receive {'DOWN', Ref, process, P, normal} -> alive end;
        {'DOWN', Ref, process, P, Why} -> {died, Why}
    end,
    Res.
