-module(proc_group_leader).
-export([start/0]).

%% group_leader/0,2: a pid, inherited by spawned processes, settable.
start() ->
    GL = group_leader(),
    io:format("pid ~p~n", [is_pid(GL)]),
    Self = self(),
    spawn(fun() -> Self ! {gl, group_leader()} end),
    receive {gl, G2} -> io:format("inherited ~p~n", [G2 =:= GL]) end,
    P = spawn(fun() -> receive {check, From} -> From ! {gl, group_leader()} end end),
    true = group_leader(Self, P),
    P ! {check, Self},
    receive {gl, G3} -> io:format("set ~p~n", [G3 =:= Self]) end,
    io:format("~p~n", [try group_leader(not_a_pid, self()) catch error:E -> E end]),
    io:format("output still works~n"),
    ok.
