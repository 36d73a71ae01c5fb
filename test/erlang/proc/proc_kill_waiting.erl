-module(proc_kill_waiting).
-export([start/0]).

%% Killing a process blocked in receive ... after: its timeout never fires later.
start() ->
    Self = self(),
    P = spawn(fun() -> receive x -> ok after 50 -> Self ! timeout_fired end end),
    timer:sleep(10),
    exit(P, kill),
    receive timeout_fired -> io:format("timeout fired after death!~n") after 100 -> io:format("no late timeout~n") end,
    Q = spawn(fun() -> timer:sleep(50), Self ! slept end),
    M = monitor(process, Q),
    exit(Q, kill),
    receive {'DOWN', M, process, Q, R} -> io:format("sleeper ~p~n", [R]) end,
    receive slept -> io:format("sleeper woke!~n") after 100 -> io:format("sleeper gone~n") end,
    ok.
