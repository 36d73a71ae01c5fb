-module(proc_start_timer).
-export([start/0]).

%% erlang:start_timer/3,4 sends {timeout, TRef, Msg}.
start() ->
    Self = self(),
    R1 = erlang:start_timer(10, Self, hello),
    receive {timeout, R1, hello} -> io:format("got timeout for R1~n") end,
    R2 = erlang:start_timer(30, Self, second),
    R3 = erlang:start_timer(5, Self, first),
    receive {timeout, R, M} -> io:format("first: ~p ~p~n", [M, R =:= R3]) end,
    receive {timeout, R4, M2} -> io:format("then: ~p ~p~n", [M2, R4 =:= R2]) end,
    Msg = {complex, [1, 2, 3], <<"bin">>, #{a => 1}},
    R5 = erlang:start_timer(erlang:monotonic_time(millisecond) + 5, Self, Msg, [{abs, true}]),
    receive {timeout, R5, Got} -> io:format("complex ~p~n", [Got =:= Msg]) end,
    io:format("read after fire ~p~n", [erlang:read_timer(R5)]),
    ok.
