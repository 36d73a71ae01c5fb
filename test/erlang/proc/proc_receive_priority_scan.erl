-module(proc_receive_priority_scan).
-export([start/0]).

%% Selective receive picks the first message matching ANY clause (queue order),
%% not the first clause: clause order matters only per message.
start() ->
    [self() ! M || M <- [low1, high1, low2, mid1, high2]],
    First = receive high1 -> high1; mid1 -> mid1; low1 -> low1 end,
    io:format("first: ~p~n", [First]),
    Second = receive high2 -> high2; mid1 -> mid1 end,
    io:format("second: ~p~n", [Second]),
    Third = receive high2 -> high2 after 0 -> none end,
    io:format("third: ~p~n", [Third]),
    Rest = drain(),
    io:format("rest: ~p~n", [Rest]),
    Rest.

drain() -> receive M -> [M | drain()] after 0 -> [] end.
