-module(proc_send_name_errors).
-export([start/0]).

%% Sending: to unregistered names (badarg), to {Name, node()} of an unknown local name
%% (silently dropped), to dead pids (fine), erlang:send/2,3 return values.
start() ->
    Dead = spawn(fun() -> ok end),
    M = monitor(process, Dead),
    receive {'DOWN', M, _, _, _} -> ok end,
    Cases = [{"unregistered atom", fun() -> id(proc_send_name_errors_none) ! hi end},
             {"erlang:send atom", fun() -> erlang:send(id(proc_send_name_errors_none), hi) end},
             {"tuple unknown local", fun() -> {id(proc_send_name_errors_none), node()} ! hi end},
             {"send/3 tuple", fun() -> erlang:send({id(proc_send_name_errors_none), node()}, hi, []) end},
             {"dead pid", fun() -> Dead ! hi end},
             {"send/3 dead", fun() -> erlang:send(Dead, hi, [noconnect]) end},
             {"send/3 nosuspend", fun() -> erlang:send(self(), m1, [nosuspend]) end},
             {"send/2 self", fun() -> erlang:send(self(), m2) end},
             {"integer", fun() -> id(42) ! hi end},
             {"list", fun() -> id("name") ! hi end},
             {"bad tuple", fun() -> {id(a), b, c} ! hi end},
             {"tuple non-atom", fun() -> {id("a"), node()} ! hi end},
             {"send/3 bad opt", fun() -> erlang:send(self(), m3, [bogus]) end}],
    [io:format("~s: ~p~n", [D, try F() of V -> {ok, V} catch C:E -> {C, E} end]) || {D, F} <- Cases],
    io:format("mailbox ~p~n", [drain()]),
    ok.

drain() -> receive X -> [X | drain()] after 0 -> [] end.

id(X) -> X.
