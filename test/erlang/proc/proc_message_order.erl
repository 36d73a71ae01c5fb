-module(proc_message_order).
-export([start/0]).

%% Messages between one pair of processes keep their order; per-sender order is kept when
%% several senders interleave.
start() ->
    Self = self(),
    spawn(fun() -> [Self ! {seq, I} || I <- lists:seq(1, 500)] end),
    L = [receive {seq, I} -> I end || _ <- lists:seq(1, 500)],
    io:format("in order ~p~n", [L =:= lists:seq(1, 500)]),
    [spawn(fun() -> [Self ! {from, S, I} || I <- lists:seq(1, 100)] end) || S <- [a, b, c]],
    All = [receive {from, S, I} -> {S, I} end || _ <- lists:seq(1, 300)],
    PerSender = [[I || {S2, I} <- All, S2 =:= S] || S <- [a, b, c]],
    io:format("per sender ordered ~p~n", [[P =:= lists:seq(1, 100) || P <- PerSender]]),
    ok.
