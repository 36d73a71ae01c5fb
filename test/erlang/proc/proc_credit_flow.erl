-module(proc_credit_flow).
-export([start/0]).

%% Producer/consumer with credit-based flow control: the producer never has more than
%% Window items outstanding; the consumer checks the order and the bound.
start() ->
    Self = self(),
    Window = 5,
    C = spawn(fun() -> consumer(Self, 0, 0, []) end),
    P = spawn(fun() -> producer(C, 1, 100, Window) end),
    C ! {producer, P, Window},
    receive {consumer_done, Count, MaxQ, Sum} -> io:format("count ~p sum ~p max backlog <= window ~p~n", [Count, Sum, MaxQ =< Window]) end,
    receive {producer_done, Waits} -> io:format("producer waited for credit ~p~n", [Waits > 0]) end,
    ok.

producer(C, I, N, 0) ->
    receive {credit, K} -> producer_waited(C, I, N, K) end;
producer(C, I, N, _Credit) when I > N ->
    C ! eof,
    receive {report, Parent} -> Parent ! {producer_done, get(waits)} end;
producer(C, I, N, Credit) ->
    C ! {item, I, self()},
    producer(C, I + 1, N, Credit - 1).

producer_waited(C, I, N, K) ->
    put(waits, case get(waits) of undefined -> 1; W -> W + 1 end),
    producer(C, I, N, K).

consumer(Parent, Count, MaxQ, Seen) ->
    receive
        {producer, P, W} -> put(producer, P), put(window, W), consumer(Parent, Count, MaxQ, Seen);
        {item, I, P} ->
            {message_queue_len, Q} = process_info(self(), message_queue_len),
            I = Count + 1,
            case (Count + 1) rem get(window) of
                0 -> P ! {credit, get(window)};
                _ -> ok
            end,
            consumer(Parent, Count + 1, max(MaxQ, Q + 1), [I | Seen]);
        eof ->
            get(producer) ! {report, Parent},
            Parent ! {consumer_done, Count, MaxQ, lists:sum(Seen)}
    end.
