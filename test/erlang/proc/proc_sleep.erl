-module(proc_sleep).
-export([start/0]).

%% timer:sleep/1 orders processes by their sleep times; messages do not cut a sleep short.
start() ->
    Self = self(),
    [spawn(fun() -> timer:sleep(T), Self ! {woke, T} end) || T <- [50, 10, 30]],
    L = [receive {woke, T} -> T end || _ <- [1, 2, 3]],
    io:format("~p~n", [L]),
    S = spawn(fun() -> timer:sleep(40), Self ! {slept, flush()} end),
    S ! m1,
    S ! m2,
    receive {slept, Msgs} -> io:format("messages kept ~p~n", [Msgs]) end,
    T0 = erlang:monotonic_time(millisecond),
    ok = timer:sleep(25),
    T1 = erlang:monotonic_time(millisecond),
    io:format("slept long enough ~p~n", [T1 - T0 >= 25]),
    io:format("~p~n", [timer:sleep(0)]),
    ok.

flush() ->
    receive M -> [M | flush()] after 0 -> [] end.
