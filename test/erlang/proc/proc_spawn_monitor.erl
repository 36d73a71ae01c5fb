-module(proc_spawn_monitor).
-export([start/0]).

%% spawn_monitor/1,3 and the 'DOWN' message for each way of ending.
start() ->
    R1 = wait(spawn_monitor(fun() -> ok end)),
    R2 = wait(spawn_monitor(fun() -> exit(bye) end)),
    R3 = wait(spawn_monitor(fun() -> error({oops, 1}) end)),
    R4 = wait(spawn_monitor(fun() -> throw(ball) end)),
    R5 = wait(spawn_monitor(erlang, exit, [from_mfa])),
    R6 = wait(spawn_monitor(lists, reverse, [[1, 2]])),
    io:format("~p~n~p~n", [R1, R2]),
    io:format("~p~n", [element(1, R3)]),
    io:format("~p~n", [element(1, R4)]),
    io:format("~p~n~p~n", [R5, R6]),
    {P, Ref} = spawn_monitor(fun() -> receive go -> exit(later) end end),
    true = is_reference(Ref),
    P ! go,
    receive {'DOWN', Ref, process, P2, Why} -> io:format("~p ~p~n", [P2 =:= P, Why]) end,
    ok.

wait({Pid, Ref}) ->
    receive
        {'DOWN', Ref, process, Pid, Reason} -> Reason
    after 1000 -> timeout
    end.
