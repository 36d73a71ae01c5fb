-module(proc_yield_fairness).
-export([start/0]).

%% A busy process cannot starve others: preemption by reductions, and erlang:yield/0.
start() ->
    Self = self(),
    Busy = spawn(fun() -> busy(0) end),
    _Pinger = spawn(fun() -> Self ! {pinger, ping_loop(5)} end),
    receive {pinger, R} -> io:format("pinger finished ~p~n", [R]) end,
    Busy ! {stop, Self},
    receive {busy_count, N} -> io:format("busy loop ran ~p~n", [N > 0]) end,
    io:format("yield ~p~n", [erlang:yield()]),
    Y = spawn(fun() -> yielder(Self, 3) end),
    receive {yielded, Y} -> io:format("yielder done~n") end,
    ok.

busy(N) ->
    receive
        {stop, P} -> P ! {busy_count, N}
    after 0 ->
            busy(N + 1)
    end.

ping_loop(0) -> done;
ping_loop(N) ->
    timer:sleep(2),
    ping_loop(N - 1).

yielder(P, 0) -> P ! {yielded, self()};
yielder(P, N) ->
    true = erlang:yield(),
    yielder(P, N - 1).
