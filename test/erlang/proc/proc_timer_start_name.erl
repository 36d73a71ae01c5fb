-module(proc_timer_start_name).
-export([start/0]).

%% start_timer/3 aimed at a registered name: the {timeout, Ref, Msg} lands at whoever holds
%% the name when the timer fires; nobody holding it drops the message.
start() ->
    Self = self(),
    A = spawn(fun() -> relay(Self, a) end),
    B = spawn(fun() -> relay(Self, b) end),
    register(proc_timer_start_name_x, A),
    T1 = erlang:start_timer(40, proc_timer_start_name_x, first),
    unregister(proc_timer_start_name_x),
    register(proc_timer_start_name_x, B),
    receive {relay, Who, {timeout, R, M}} -> io:format("~p got ~p ~p~n", [Who, M, R =:= T1]) end,
    unregister(proc_timer_start_name_x),
    T2 = erlang:start_timer(10, proc_timer_start_name_x, second),
    io:format("ref ~p~n", [is_reference(T2)]),
    timer:sleep(40),
    io:format("read after fire ~p~n", [erlang:read_timer(T2)]),
    register(proc_timer_start_name_x, A),
    T3 = erlang:send_after(10, proc_timer_start_name_x, third),
    receive {relay, W3, M3} -> io:format("~p got ~p ~p~n", [W3, M3, is_reference(T3)]) end,
    receive Any -> io:format("stray ~p~n", [Any]) after 20 -> io:format("no strays~n") end,
    exit(A, kill),
    exit(B, kill),
    ok.

relay(To, Tag) ->
    receive M -> To ! {relay, Tag, M}, relay(To, Tag) end.
