-module(proc_timer_cancel_race).
-export([start/0]).

%% Cancelling timers that already fired: cancel_timer and read_timer answer false, the
%% message stays in the mailbox; cancelling a pending one means its message never comes.
start() ->
    Self = self(),
    T1 = erlang:send_after(1, Self, fired1),
    timer:sleep(20),
    io:format("cancel fired ~p~n", [erlang:cancel_timer(T1)]),
    io:format("read fired ~p~n", [erlang:read_timer(T1)]),
    io:format("message still there ~p~n", [receive fired1 -> yes after 0 -> no end]),
    T2 = erlang:start_timer(1, Self, fired2),
    timer:sleep(20),
    io:format("async cancel fired ~p~n", [erlang:cancel_timer(T2, [{async, true}])]),
    receive {cancel_timer, T2, R2} -> io:format("async result ~p~n", [R2]) end,
    receive {timeout, T2, fired2} -> io:format("timeout message kept~n") after 0 -> io:format("timeout message lost~n") end,
    Ts = [erlang:send_after(50 + I, Self, {pending, I}) || I <- lists:seq(1, 10)],
    Cs = [erlang:cancel_timer(T) || T <- Ts, erlang:phash2(T) >= 0],
    io:format("all cancelled ~p~n", [lists:all(fun is_integer/1, Cs)]),
    receive {pending, _} -> io:format("cancelled timer fired~n") after 100 -> io:format("none fired~n") end,
    Keep = [{I, erlang:send_after(5 * I, Self, {kept, I})} || I <- lists:seq(1, 6)],
    [erlang:cancel_timer(T) || {I, T} <- Keep, I rem 2 =:= 0],
    Got = [receive {kept, I} -> I end || _ <- [1, 2, 3]],
    io:format("odd ones arrive in order ~p~n", [Got]),
    receive Any -> io:format("stray ~p~n", [Any]) after 40 -> io:format("no strays~n") end,
    ok.
