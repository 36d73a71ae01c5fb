-module(proc_after_zero).
-export([start/0]).

%% `after 0` polls the mailbox without blocking.
start() ->
    E = receive _ -> got after 0 -> empty end,
    io:format("empty mailbox: ~p~n", [E]),
    self() ! x,
    G = receive x -> got_x after 0 -> empty end,
    io:format("with x: ~p~n", [G]),
    self() ! y,
    N = receive x -> got_x after 0 -> nomatch end,
    io:format("y only, want x: ~p~n", [N]),
    {message_queue_len, L} = process_info(self(), message_queue_len),
    io:format("y still queued: ~p~n", [L]),
    Count = count_polls(0),
    io:format("polled: ~p~n", [Count]),
    Count.

count_polls(N) ->
    receive _ -> count_polls(N + 1) after 0 -> N end.
