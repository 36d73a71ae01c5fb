-module(proc_ref_receive).
-export([start/0]).

%% The "receive after make_ref" pattern (recv_marker instructions in OTP 24+ code) with
%% unrelated messages queued before and during the wait.
start() ->
    [self() ! {noise, I} || I <- lists:seq(1, 50)],
    S = spawn(fun() -> server() end),
    Replies = [call(S, I) || I <- lists:seq(1, 5)],
    io:format("~p~n", [Replies]),
    io:format("noise kept ~p~n", [length(flush())]),
    Ref = make_ref(),
    self() ! {Ref, direct},
    io:format("~p~n", [receive {Ref, V} -> V end]),
    S ! stop,
    ok.

call(S, X) ->
    Ref = make_ref(),
    S ! {req, self(), Ref, X},
    receive {Ref, Reply} -> Reply end.

server() ->
    receive
        {req, From, Ref, X} ->
            From ! {make_ref(), decoy},
            From ! {Ref, X * X},
            server();
        stop -> ok
    end.

flush() ->
    receive M -> [M | flush()] after 0 -> [] end.
