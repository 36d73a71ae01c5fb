-module(proc_after0_drain).
-export([start/0]).

%% receive ... after 0 to poll: draining by tag, counting, and leaving other messages queued.
start() ->
    [self() ! {case I rem 3 of 0 -> a; 1 -> b; 2 -> c end, I} || I <- lists:seq(1, 30)],
    As = take(a),
    io:format("a ~p~n", [As]),
    io:format("queue ~p~n", [element(2, process_info(self(), message_queue_len))]),
    io:format("poll missing ~p~n", [receive {z, _} -> yes after 0 -> no end]),
    Cs = take(c),
    io:format("c ~p~n", [Cs]),
    First = receive {b, X} -> X after 0 -> none end,
    io:format("first b ~p~n", [First]),
    io:format("count rest ~p~n", [count(0)]),
    io:format("empty poll ~p~n", [receive _ -> msg after 0 -> empty end]),
    self() ! late,
    io:format("after 0 still sees queued ~p~n", [receive late -> got after 0 -> missed end]),
    Zero = id(0),
    self() ! v,
    io:format("variable zero ~p~n", [receive v -> got after Zero -> missed end]),
    ok.

take(Tag) ->
    receive {Tag, I} -> [I | take(Tag)] after 0 -> [] end.

count(N) -> receive _ -> count(N + 1) after 0 -> N end.

id(X) -> X.
