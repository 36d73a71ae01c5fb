-module(proc_link_bidirectional).
-export([start/0]).

%% A link is bidirectional: whichever side dies, the other (trapping) gets 'EXIT'.
start() ->
    Self = self(),
    %% child traps, parent-side process dies
    Watcher = spawn(fun() ->
        process_flag(trap_exit, true),
        receive {link_to, P} -> link(P), Self ! linked end,
        receive {'EXIT', _, Why} -> Self ! {watcher_saw, Why} end
    end),
    Victim = spawn(fun() -> receive go -> exit(victim_reason) end end),
    Watcher ! {link_to, Victim},
    receive linked -> ok end,
    Victim ! go,
    R1 = receive {watcher_saw, W} -> W end,
    io:format("watcher saw: ~p~n", [R1]),
    %% we link, other side dies
    process_flag(trap_exit, true),
    V2 = spawn(fun() -> receive go -> exit(other_side) end end),
    link(V2),
    V2 ! go,
    R2 = receive {'EXIT', V2, W2} -> W2 end,
    io:format("we saw: ~p~n", [R2]),
    process_flag(trap_exit, false),
    {R1, R2}.
