-module(proc_register_cycle).
-export([start/0]).

%% register/unregister/whereis/registered over a process's life, and registered_name in
%% process_info single and list forms.
start() ->
    Self = self(),
    P = spawn(fun() -> loop() end),
    io:format("~p~n", [process_info(P, registered_name)]),
    io:format("~p~n", [process_info(P, [registered_name, trap_exit])]),
    true = register(proc_register_cycle_a, P),
    io:format("~p~n", [process_info(P, registered_name)]),
    io:format("~p~n", [process_info(P, [registered_name])]),
    io:format("listed ~p~n", [lists:member(proc_register_cycle_a, registered())]),
    io:format("unregister ~p~n", [unregister(proc_register_cycle_a)]),
    io:format("~p ~p~n", [whereis(proc_register_cycle_a), lists:member(proc_register_cycle_a, registered())]),
    io:format("rename ~p~n", [register(proc_register_cycle_b, P)]),
    proc_register_cycle_b ! {self_name, Self},
    receive {name, N} -> io:format("child sees ~p~n", [N]) end,
    {proc_register_cycle_b, node()} ! {self_name, Self},
    receive {name, N2} -> io:format("tuple send ~p~n", [N2]) end,
    erlang:send(proc_register_cycle_b, {self_name, Self}),
    receive {name, N3} -> io:format("erlang:send ~p~n", [N3]) end,
    Ref = monitor(process, P),
    proc_register_cycle_b ! stop,
    receive {'DOWN', Ref, process, P, R} -> io:format("down ~p~n", [R]) end,
    io:format("after death ~p ~p~n", [whereis(proc_register_cycle_b), lists:member(proc_register_cycle_b, registered())]),
    io:format("send to freed name ~p~n", [try proc_register_cycle_b ! x catch error:E -> E end]),
    io:format("register self ~p~n", [register(proc_register_cycle_b, self())]),
    io:format("~p~n", [process_info(self(), registered_name)]),
    io:format("second name ~p~n", [try register(proc_register_cycle_c, self()) catch error:E2 -> E2 end]),
    io:format("~p~n", [unregister(proc_register_cycle_b)]),
    io:format("~p~n", [process_info(self(), registered_name)]),
    ok.

loop() ->
    receive
        {self_name, To} ->
            {registered_name, N} = process_info(self(), registered_name),
            To ! {name, N},
            loop();
        stop -> ok
    end.
