-module(proc_mailbox_gc).
-export([start/0]).

%% Messages waiting in a mailbox survive collections of the receiver (garbage_collect/0 and
%% from another process) and are then received intact and in order.
start() ->
    Self = self(),
    P = spawn(fun() ->
                      receive go -> ok end,
                      _ = [lists:seq(1, 200) || _ <- lists:seq(1, 50)],
                      erlang:garbage_collect(),
                      Got = recv_all(300, []),
                      Self ! {checked, check(Got)}
              end),
    [P ! {msg, I, lists:seq(1, I rem 50), integer_to_binary(I), <<I:64>>} || I <- lists:seq(1, 300)],
    erlang:garbage_collect(P),
    P ! go,
    receive {checked, R} -> io:format("~p~n", [R]) end,
    [self() ! {mine, I, list_to_tuple(lists:seq(1, I rem 20))} || I <- lists:seq(1, 200)],
    erlang:garbage_collect(),
    Mine = [receive {mine, I, T} -> {I, tuple_size(T)} end || I <- lists:seq(1, 200)],
    io:format("mine ~p~n", [lists:sum([I + S || {I, S} <- Mine])]),
    ok.

recv_all(0, Acc) -> lists:reverse(Acc);
recv_all(N, Acc) ->
    receive {msg, _, _, _, _} = M -> recv_all(N - 1, [M | Acc]) end.

check(Msgs) ->
    Ok = lists:all(fun({msg, I, L, B, Bin}) ->
                           L =:= lists:seq(1, I rem 50) andalso B =:= integer_to_binary(I) andalso Bin =:= <<I:64>>
                   end, Msgs),
    {length(Msgs), Ok, [element(2, M) || M <- lists:sublist(Msgs, 5)]}.
