-module(proc_timer_dest).
-export([start/0]).

%% Timers aimed at registered names and at processes that die first.
start() ->
    Self = self(),
    P = spawn(fun() -> receive M -> Self ! {relay, M} end end),
    register(proc_timer_dest_relay, P),
    erlang:send_after(10, proc_timer_dest_relay, via_name),
    receive {relay, M} -> io:format("relayed ~p~n", [M]) end,
    Victim = spawn(fun() -> receive never -> ok end end),
    T = erlang:send_after(1000, Victim, too_late),
    exit(Victim, kill),
    timer:sleep(10),
    io:format("timer of dead process ~p~n", [erlang:read_timer(T)]),
    T2 = erlang:send_after(10, no_such_registered_name, lost),
    io:format("ref for unregistered name ~p~n", [is_reference(T2)]),
    timer:sleep(30),
    Owner = spawn(fun() -> Self ! {tref, erlang:send_after(30, Self, from_dead_owner)} end),
    receive {tref, _} -> ok end,
    io:format("owner alive ~p~n", [is_process_alive(Owner)]),
    receive from_dead_owner -> io:format("timer outlives its creator~n") after 500 -> io:format("lost~n") end,
    ok.
