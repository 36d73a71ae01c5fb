-module(proc_order_relay).
-export([start/0]).

%% A relay forwards everything it gets; order is kept along A -> relay -> B.
start() ->
    Self = self(),
    Relay = spawn(fun() -> relay(Self) end),
    [Relay ! {msg, I} || I <- lists:seq(1, 20)],
    Relay ! stop,
    L = recv_until_stop([]),
    io:format("got ~p~n", [L]),
    io:format("in order: ~p~n", [L =:= lists:seq(1, 20)]),
    length(L).

relay(To) ->
    receive
        stop -> To ! stop;
        {msg, I} -> To ! {fwd, I * 10 div 10}, relay(To)
    end.

recv_until_stop(Acc) ->
    receive
        {fwd, I} -> recv_until_stop([I | Acc]);
        stop -> lists:reverse(Acc)
    end.
