-module(stdlib_timer_interval).
-export([start/0]).

flush(M) ->
    receive M -> flush(M) after 0 -> ok end.

start() ->
    {ok, I} = timer:send_interval(10, beat),
    L = [receive beat -> beat after 500 -> timeout end || _ <- lists:seq(1, 5)],
    io:format("~p~n", [L]),
    {ok, cancel} = timer:cancel(I),
    flush(beat),
    io:format("~p~n", [receive beat -> late after 50 -> stopped end]),
    Self = self(),
    P = spawn(fun() -> receive go -> ok end, Self ! {done, self()} end),
    {ok, I2} = timer:send_interval(5, P, go),
    receive {done, P} -> io:format("worker got go~n") after 500 -> io:format("timeout~n") end,
    timer:cancel(I2),
    io:format("~p~n", [element(1, timer:cancel(I2))]),
    io:format("~p~n", [timer:cancel(not_a_timer)]),
    ok.
