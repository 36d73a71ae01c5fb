-module(proc_counters).
-export([start/0]).

%% Many stateful processes updated concurrently by several clients.
start() ->
    Self = self(),
    Counters = [spawn(fun() -> counter(0) end) || _ <- lists:seq(1, 10)],
    Clients = [spawn(fun() ->
                             [C ! {incr, K} || C <- Counters, K <- [1, 2, 3]],
                             Self ! client_done
                     end) || _ <- lists:seq(1, 5)],
    [receive client_done -> ok end || _ <- Clients],
    Totals = [begin C ! {get, Self}, receive {count, C, N} -> N end end || C <- Counters],
    io:format("~p~n", [Totals]),
    [C ! stop || C <- Counters],
    ok.

counter(N) ->
    receive
        {incr, K} -> counter(N + K);
        {get, P} -> P ! {count, self(), N}, counter(N);
        stop -> ok
    end.
