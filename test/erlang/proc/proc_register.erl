-module(proc_register).
-export([start/0]).

%% register/2, whereis/1, unregister/1, registered/0 and sending to names.
start() ->
    Self = self(),
    P = spawn(fun() -> echo() end),
    true = register(proc_register_echo, P),
    io:format("whereis ~p~n", [whereis(proc_register_echo) =:= P]),
    io:format("listed ~p~n", [lists:member(proc_register_echo, registered())]),
    proc_register_echo ! {Self, hello},
    receive {echo, hello} -> io:format("named send ok~n") end,
    {proc_register_echo, node()} ! {Self, tuple_dest},
    receive {echo, tuple_dest} -> io:format("{Name, Node} send ok~n") end,
    erlang:send(proc_register_echo, {Self, via_send}),
    receive {echo, via_send} -> io:format("erlang:send ok~n") end,
    io:format("process_info ~p~n", [process_info(P, registered_name)]),
    true = unregister(proc_register_echo),
    io:format("after unregister ~p ~p~n", [whereis(proc_register_echo), process_info(P, registered_name)]),
    io:format("send to unregistered: ~p~n", [element(1, catch_error(fun() -> proc_register_echo ! x end))]),
    io:format("{Name, Node} to unregistered: ~p~n", [{proc_register_echo, node()} ! dropped]),
    register(proc_register_me, self()),
    proc_register_me ! to_myself,
    receive to_myself -> io:format("self by name ok~n") end,
    unregister(proc_register_me),
    exit(P, kill),
    ok.

echo() ->
    receive
        {From, Msg} -> From ! {echo, Msg}, echo()
    end.

catch_error(F) ->
    try F() of V -> {ok, V} catch error:E -> {E} end.
