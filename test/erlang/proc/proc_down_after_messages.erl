-module(proc_down_after_messages).
-export([start/0]).

%% Signals between two processes keep their order: every message a process sends before it
%% dies arrives before its 'DOWN' and before its 'EXIT'.
start() ->
    process_flag(trap_exit, true),
    Self = self(),
    {P, Ref} = spawn_monitor(fun() ->
                                     link(Self),
                                     [Self ! {n, I} || I <- lists:seq(1, 50)],
                                     exit(done)
                             end),
    Seen = collect([]),
    io:format("~p~n", [Seen]),
    _ = P,
    _ = Ref,
    {P2, Ref2} = spawn_monitor(fun() -> [Self ! {n, I} || I <- lists:seq(1, 5)] end),
    timer:sleep(20),
    All = drain(),
    io:format("~p~n", [[case M of {'DOWN', Ref2, process, P2, R} -> {down, R}; _ -> M end || M <- All]]),
    ok.

collect(Acc) ->
    receive
        {n, I} -> collect([I | Acc]);
        {'DOWN', _, process, _, R} -> collect([{down, R} | Acc]);
        {'EXIT', _, R} -> collect([{exit, R} | Acc])
    after 200 ->
        L = lists:reverse(Acc),
        {Nums, Rest} = lists:splitwith(fun is_integer/1, L),
        {Nums =:= lists:seq(1, 50), lists:sort(Rest)}
    end.

drain() -> receive M -> [M | drain()] after 0 -> [] end.
