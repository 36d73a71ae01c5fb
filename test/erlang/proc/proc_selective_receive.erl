-module(proc_selective_receive).
-export([start/0]).

%% Selective receive takes matching messages out of order and leaves the rest in place.
start() ->
    [self() ! M || M <- [{b, 1}, {a, 1}, {c, 1}, {a, 2}, {b, 2}, other, {a, 3}]],
    A = [receive {a, N} -> N end || _ <- [1, 2, 3]],
    io:format("a: ~p~n", [A]),
    B = receive {b, N2} when N2 > 1 -> N2 end,
    io:format("b>1: ~p~n", [B]),
    Prio = receive {c, _} = C -> C; other -> other end,
    io:format("first of c/other: ~p~n", [Prio]),
    io:format("rest: ~p~n", [flush()]),
    self() ! {urgent, 1},
    [self() ! {normal, I} || I <- lists:seq(1, 3)],
    self() ! {urgent, 2},
    io:format("~p~n", [prioritized()]),
    ok.

prioritized() ->
    receive
        {urgent, X} -> [{urgent, X} | prioritized()]
    after 0 ->
            normal()
    end.

normal() ->
    receive
        {normal, X} -> [{normal, X} | normal()]
    after 0 -> []
    end.

flush() ->
    receive M -> [M | flush()] after 0 -> [] end.
