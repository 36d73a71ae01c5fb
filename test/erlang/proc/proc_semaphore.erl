-module(proc_semaphore).
-export([start/0]).

%% A counting semaphore server with a FIFO wait queue; workers record the peak number of
%% holders, which never exceeds the limit; a holder that dies releases its slot.
start() ->
    Sem = spawn(fun() -> sem(2, 0, queue:new(), [], 0) end),
    Self = self(),
    Ws = [spawn(fun() -> worker(Sem, Self, I) end) || I <- lists:seq(1, 8)],
    Done = [receive {done, I} -> I end || _ <- Ws],
    io:format("all done ~p~n", [lists:sort(Done)]),
    Sem ! {peak, self()},
    receive {peak, P} -> io:format("peak ~p~n", [P]) end,
    Crasher = spawn(fun() -> acquire(Sem), exit(crash) end),
    Ref = monitor(process, Crasher),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    acquire(Sem), acquire(Sem),
    io:format("both slots free after crash~n"),
    release(Sem), release(Sem),
    Sem ! {peak, self()},
    receive {peak, P2} -> io:format("peak ~p~n", [P2]) end,
    ok.

worker(Sem, Parent, I) ->
    acquire(Sem),
    timer:sleep(2),
    release(Sem),
    Parent ! {done, I}.

acquire(Sem) ->
    Sem ! {acquire, self()},
    receive {granted, Sem} -> ok end.

release(Sem) ->
    Sem ! {release, self()},
    ok.

sem(Max, N, Q, Holders, Peak) ->
    receive
        {acquire, P} when N < Max ->
            R = monitor(process, P),
            P ! {granted, self()},
            sem(Max, N + 1, Q, [{P, R} | Holders], max(Peak, N + 1));
        {acquire, P} ->
            sem(Max, N, queue:in(P, Q), Holders, Peak);
        {release, P} ->
            {value, {P, R}, Rest} = lists:keytake(P, 1, Holders),
            demonitor(R, [flush]),
            next(Max, N - 1, Q, Rest, Peak);
        {'DOWN', R, process, _, _} ->
            next(Max, N - 1, Q, lists:keydelete(R, 2, Holders), Peak);
        {peak, From} ->
            From ! {peak, Peak},
            sem(Max, N, Q, Holders, Peak)
    end.

next(Max, N, Q, Holders, Peak) ->
    case queue:out(Q) of
        {{value, P}, Q2} ->
            R = monitor(process, P),
            P ! {granted, self()},
            sem(Max, N + 1, Q2, [{P, R} | Holders], max(Peak, N + 1));
        {empty, _} ->
            sem(Max, N, Q, Holders, Peak)
    end.
