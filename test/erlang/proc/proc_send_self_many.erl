-module(proc_send_self_many).
-export([start/0]).

%% A process sends itself many messages, then receives them back selectively: the last
%% first, then by parity, the rest in order.
start() ->
    N = 5000,
    [self() ! {m, I} || I <- lists:seq(1, N)],
    io:format("queued ~p~n", [element(2, process_info(self(), message_queue_len))]),
    Last = receive {m, N} -> N end,
    io:format("last ~p~n", [Last]),
    Evens = take_even(100, []),
    io:format("evens ~p ... ~p~n", [lists:sublist(Evens, 3), lists:last(Evens)]),
    Rest = take_all([]),
    io:format("rest ~p first ~p~n", [length(Rest), lists:sublist(Rest, 5)]),
    io:format("ordered ~p~n", [Rest =:= lists:sort(Rest)]),
    ok.

take_even(0, Acc) -> lists:reverse(Acc);
take_even(K, Acc) -> receive {m, I} when I rem 2 =:= 0 -> take_even(K - 1, [I | Acc]) end.

take_all(Acc) -> receive {m, I} -> take_all([I | Acc]) after 0 -> lists:reverse(Acc) end.
