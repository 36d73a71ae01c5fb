-module(proc_recv_refs).
-export([start/0]).

%% The request/reply pattern with a fresh reference (the compiler's receive-marker
%% optimisation) while the mailbox holds many unrelated messages: every reply is found and
%% the unrelated messages stay, in order.
start() ->
    [self() ! {junk, I} || I <- lists:seq(1, 500)],
    Echo = spawn(fun echo/0),
    Results = [call(Echo, I) || I <- lists:seq(1, 200)],
    io:format("replies ~p~n", [Results =:= [I * 2 || I <- lists:seq(1, 200)]]),
    Mon = [begin
               Ref = monitor(process, Echo),
               Echo ! {ping, self(), Ref},
               R = receive {pong, Ref} -> pong; {'DOWN', Ref, _, _, _} -> down end,
               demonitor(Ref, [flush]),
               R
           end || _ <- lists:seq(1, 20)],
    io:format("monitored calls ~p~n", [lists:usort(Mon)]),
    Alias = make_ref(),
    self() ! {Alias, late},
    io:format("old ref still matched ~p~n", [receive {Alias, X} -> X after 0 -> none end]),
    Junk = drain(),
    io:format("junk kept ~p ~p~n", [length(Junk), Junk =:= [{junk, I} || I <- lists:seq(1, 500)]]),
    Echo ! stop,
    ok.

call(P, N) ->
    Ref = make_ref(),
    P ! {call, self(), Ref, N},
    receive {Ref, Reply} -> Reply end.

echo() ->
    receive
        {call, From, Ref, N} -> From ! {Ref, N * 2}, echo();
        {ping, From, Ref} -> From ! {pong, Ref}, echo();
        stop -> ok
    end.

drain() -> receive M -> [M | drain()] after 0 -> [] end.
