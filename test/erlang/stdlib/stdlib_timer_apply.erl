-module(stdlib_timer_apply).
-export([start/0, notify/2]).

notify(Pid, Msg) -> Pid ! {notified, Msg}.

wait(0) -> [];
wait(N) ->
    receive
        {notified, M} -> [M | wait(N - 1)]
    after 500 -> [timeout]
    end.

start() ->
    Self = self(),
    {ok, _} = timer:apply_after(100, ?MODULE, notify, [Self, second]),
    {ok, _} = timer:apply_after(5, ?MODULE, notify, [Self, first]),
    {ok, T} = timer:apply_after(60, ?MODULE, notify, [Self, never]),
    {ok, cancel} = timer:cancel(T),
    io:format("~p~n", [wait(2)]),
    io:format("~p~n", [receive {notified, M} -> M after 40 -> none end]),
    {ok, I} = timer:apply_interval(10, ?MODULE, notify, [Self, beat]),
    Beats = [receive {notified, B} -> B after 500 -> timeout end || _ <- [1, 2, 3]],
    io:format("~p ~p~n", [Beats, timer:cancel(I)]),
    flush(),
    io:format("~p~n", [receive {notified, _} -> late after 30 -> quiet end]),
    ok.

flush() ->
    receive {notified, _} -> flush() after 0 -> ok end.
