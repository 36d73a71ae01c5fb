-module(proc_timer_abs).
-export([start/0]).

%% Timers with {abs, true}: absolute monotonic times, times in the past fire at once, and
%% option/time errors.
start() ->
    Self = self(),
    Now = erlang:monotonic_time(millisecond),
    T1 = erlang:send_after(Now + 20, Self, abs_msg, [{abs, true}]),
    Left = erlang:read_timer(T1),
    io:format("left in range ~p~n", [is_integer(Left) andalso Left >= 0 andalso Left =< 20]),
    receive abs_msg -> io:format("abs fired~n") end,
    T2 = erlang:start_timer(Now - 5, Self, past, [{abs, true}]),
    receive {timeout, T2, past} -> io:format("past time fires~n") after 500 -> io:format("past lost~n") end,
    T3 = erlang:send_after(Now + 10000, Self, never, [{abs, true}]),
    C = erlang:cancel_timer(T3),
    io:format("cancel abs ~p~n", [is_integer(C) andalso C > 5000]),
    T4 = erlang:send_after(30, Self, rel, [{abs, false}]),
    io:format("abs false ~p~n", [is_reference(T4)]),
    receive rel -> io:format("relative fired~n") end,
    T5 = erlang:send_after(0, Self, zero),
    receive zero -> io:format("zero timer fired ~p~n", [erlang:read_timer(T5)]) end,
    Bad = [fun() -> erlang:send_after(-1, Self, x) end,
           fun() -> erlang:send_after(1.5, Self, x) end,
           fun() -> erlang:send_after(10, Self, x, [{abs, maybe}]) end,
           fun() -> erlang:send_after(10, Self, x, [bogus]) end,
           fun() -> erlang:start_timer(10, "pid", x) end,
           fun() -> erlang:start_timer(a, Self, x) end,
           fun() -> erlang:start_timer(10, 42, x) end,
           fun() -> erlang:send_after(1 bsl 40, Self, x) end],
    [io:format("~p~n", [try F() of V -> {value, is_reference(V)} catch C1:E -> {C1, E} end]) || F <- Bad],
    receive Any -> io:format("stray ~p~n", [Any]) after 20 -> io:format("no strays~n") end,
    ok.
