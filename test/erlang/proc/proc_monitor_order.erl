-module(proc_monitor_order).
-export([start/0]).

%% Several monitors on one process fire in creation order; a link's 'EXIT' comes first.
start() ->
    process_flag(trap_exit, true),
    P = spawn(fun() -> receive go -> exit(boom) end end),
    M1 = monitor(process, P),
    link(P),
    M2 = monitor(process, P),
    M3 = monitor(process, P),
    P ! go,
    timer:sleep(20),
    Msgs = flush(),
    io:format("~p~n", [[describe(M, [M1, M2, M3]) || M <- Msgs]]),
    ok.

describe({'EXIT', _, R}, _) -> {exit, R};
describe({'DOWN', Ref, process, _, R}, Refs) -> {down, index(Ref, Refs, 1), R}.

index(R, [R | _], N) -> N;
index(R, [_ | T], N) -> index(R, T, N + 1).

flush() ->
    receive M -> [M | flush()] after 0 -> [] end.
