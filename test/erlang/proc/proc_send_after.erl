-module(proc_send_after).
-export([start/0]).

%% erlang:send_after/3,4: messages arrive in deadline order; equal deadlines keep creation order.
%% (deadlines 50 ms apart: a busy machine may take a few ms between two send_after calls)
start() ->
    Self = self(),
    _ = [erlang:send_after(T, Self, {t, T}) || T <- [200, 50, 150, 0, 100]],
    L = [receive {t, T} -> T end || _ <- lists:seq(1, 5)],
    io:format("~p~n", [L]),
    _ = [erlang:send_after(15, Self, {same, I}) || I <- lists:seq(1, 5)],
    S = [receive {same, I} -> I end || _ <- lists:seq(1, 5)],
    io:format("~p~n", [S]),
    Ref = erlang:send_after(10, Self, plain),
    io:format("ref ~p~n", [is_reference(Ref)]),
    receive plain -> io:format("plain message, no wrapper~n") end,
    Now = erlang:monotonic_time(millisecond),
    erlang:send_after(Now + 20, Self, absolute, [{abs, true}]),
    receive absolute -> io:format("absolute timer fired~n") after 1000 -> io:format("absolute timer lost~n") end,
    erlang:send_after(10, Self, relative, [{abs, false}]),
    receive relative -> io:format("relative timer fired~n") end,
    Bad = [{-1, Self}, {foo, Self}, {10, "not a pid"}, {1.5, Self}, {10, {a, b}}],
    [io:format("~p~n", [try erlang:send_after(T, D, x) of _ -> ok catch error:E -> E end]) || {T, D} <- Bad],
    io:format("~p~n", [try erlang:send_after(10, Self, x, [{bad, opt}]) of _ -> ok catch error:E -> E end]),
    ok.
