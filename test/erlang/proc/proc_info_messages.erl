-module(proc_info_messages).
-export([start/0]).

%% process_info(P, messages) copies the other process's queue, in order, without taking it.
start() ->
    Self = self(),
    P = spawn(fun() -> receive go -> Self ! {remaining, flush()} end end),
    Msgs = [{m, 1}, <<"two">>, [3], #{four => 4}],
    [P ! M || M <- Msgs],
    timer:sleep(10),
    {messages, Seen} = process_info(P, messages),
    io:format("~p~n", [Seen]),
    io:format("~p~n", [process_info(P, message_queue_len)]),
    P ! go,
    receive {remaining, R} -> io:format("~p~n", [R]) end,
    ok.

flush() ->
    receive M -> [M | flush()] after 0 -> [] end.
