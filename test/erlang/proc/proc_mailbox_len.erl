-module(proc_mailbox_len).
-export([start/0]).

%% message_queue_len follows sends, receives and selective receives.
start() ->
    ql(),
    [self() ! I || I <- lists:seq(1, 100)],
    ql(),
    receive 50 -> ok end,
    ql(),
    [receive I -> I end || I <- lists:seq(1, 10)],
    ql(),
    flush(),
    ql(),
    Self = self(),
    P = spawn(fun() -> receive go -> Self ! {len, process_info(self(), message_queue_len)} end end),
    [P ! {junk, I} || I <- lists:seq(1, 5)],
    P ! go,
    receive {len, L} -> io:format("other ~p~n", [L]) end,
    ok.

ql() ->
    {message_queue_len, N} = process_info(self(), message_queue_len),
    io:format("~p~n", [N]).

flush() ->
    receive _ -> flush() after 0 -> ok end.
