-module(stdlib_timer_cancel).
-export([start/0]).

%% Cancelling timers: before they fire, after they fired, twice, and many at once.
start() ->
    Refs = [begin {ok, R} = timer:send_after(200 + N, {t, N}), R end || N <- lists:seq(1, 10)],
    Res = [timer:cancel(R) || R <- Refs],
    io:format("~p~n", [lists:usort(Res)]),
    {ok, Fired} = timer:send_after(1, fired),
    receive fired -> ok end,
    io:format("~p~n", [element(1, timer:cancel(Fired))]),
    {ok, Twice} = timer:send_after(500, twice),
    io:format("~p ~p~n", [element(1, timer:cancel(Twice)), element(1, timer:cancel(Twice))]),
    {ok, Keep} = timer:send_after(20, kept),
    io:format("~p~n", [receive kept -> kept after 1000 -> lost end]),
    _ = Keep,
    io:format("~p~n", [receive {t, _} -> leaked after 0 -> none end]),
    ok.
