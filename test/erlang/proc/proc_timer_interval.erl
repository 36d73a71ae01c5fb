-module(proc_timer_interval).
-export([start/0]).

%% A periodic tick by re-arming send_after; stopping cancels the pending timer, and no tick
%% arrives afterwards (ticks sent before the stop reply arrive before it, and are flushed).
start() ->
    Self = self(),
    T = spawn(fun() -> ticker(Self, 0, erlang:send_after(5, self(), tick)) end),
    Ticks = [receive {tick, N} -> N end || _ <- lists:seq(1, 6)],
    io:format("ticks ~p~n", [Ticks]),
    T ! {stop, self()},
    receive {stopped, Cancelled, Count} -> io:format("cancel gave integer or false ~p, count >= 6 ~p~n", [is_integer(Cancelled) orelse Cancelled =:= false, Count >= 6]) end,
    Before = flush_ticks(0),
    io:format("ticks sent before the stop were queued ~p~n", [Before >= 0]),
    receive {tick, _} -> io:format("late tick~n") after 30 -> io:format("quiet after stop~n") end,
    ok.

ticker(Parent, N, TRef) ->
    receive
        tick ->
            Parent ! {tick, N + 1},
            ticker(Parent, N + 1, erlang:send_after(5, self(), tick));
        {stop, From} ->
            C = erlang:cancel_timer(TRef),
            receive tick -> ok after 0 -> ok end,
            From ! {stopped, C, N}
    end.

flush_ticks(N) ->
    receive {tick, _} -> flush_ticks(N + 1) after 0 -> N end.
