-module(proc_leader_election).
-export([start/0]).

%% Ring leader election (Chang and Roberts): each node forwards the largest id it has seen;
%% the node that gets its own id back announces itself round the ring.
start() ->
    Ids = [17, 4, 42, 8, 23, 15, 16, 99, 1, 56],
    Self = self(),
    Pids = [spawn(fun() -> init(Id, Self) end) || Id <- Ids],
    Next = tl(Pids) ++ [hd(Pids)],
    [P ! {next, N} || {P, N} <- lists:zip(Pids, Next)],
    [P ! start_election || P <- Pids],
    Views = [receive {elected, Id, L} -> {Id, L} end || _ <- Pids],
    io:format("~p~n", [lists:sort(Views)]),
    [P ! stop || P <- Pids],
    ok.

init(Id, Parent) ->
    receive {next, N} -> wait(Id, N, Parent) end.

wait(Id, Next, Parent) ->
    receive
        start_election -> Next ! {candidate, Id}, run(Id, Next, Parent);
        {candidate, _} = M -> self() ! M, receive start_election -> Next ! {candidate, Id} end, run(Id, Next, Parent)
    end.

run(Id, Next, Parent) ->
    receive
        {candidate, C} when C > Id -> Next ! {candidate, C}, run(Id, Next, Parent);
        {candidate, C} when C < Id -> run(Id, Next, Parent);
        {candidate, Id} -> Next ! {leader, Id}, run(Id, Next, Parent);
        {leader, Id} -> Parent ! {elected, Id, Id}, stopping();
        {leader, L} -> Next ! {leader, L}, Parent ! {elected, Id, L}, stopping()
    end.

stopping() ->
    receive stop -> ok; _ -> stopping() end.
