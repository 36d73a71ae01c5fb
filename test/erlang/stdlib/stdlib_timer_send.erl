-module(stdlib_timer_send).
-export([start/0]).

%% timer:send_after/2,3 deliver in deadline order, to pids and registered names; a cancelled
%% timer never delivers. Each step waits for a known number of messages.
collect(0) -> [];
collect(N) ->
    receive
        {tick, X} -> [X | collect(N - 1)]
    after 2000 -> [timeout]
    end.

start() ->
    Self = self(),
    {ok, _} = timer:send_after(150, Self, {tick, 3}),
    {ok, _} = timer:send_after(5, {tick, 1}),
    {ok, _} = timer:send_after(60, Self, {tick, 2}),
    io:format("~p~n", [collect(3)]),
    register(stdlib_timer_send_name, self()),
    {ok, _} = timer:send_after(5, stdlib_timer_send_name, {tick, named}),
    io:format("~p~n", [collect(1)]),
    {ok, R1} = timer:send_after(30, {tick, cancelled}),
    {ok, _} = timer:send_after(80, {tick, kept}),
    io:format("~p~n", [timer:cancel(R1)]),
    io:format("~p~n", [collect(1)]),
    io:format("~p~n", [[element(1, timer:send_after(0, {tick, zero}))]]),
    io:format("~p~n", [collect(1)]),
    io:format("~p~n", [receive M -> M after 0 -> empty end]),
    ok.
