-module(beh_pl_spawn).
-export([start/0, worker/1]).

%% Processes started by proc_lib know their ancestors and initial call, and
%% exit with OTP's reasons ({Reason, Stack} for errors).
start() ->
    logger:set_primary_config(level, none),
    process_flag(trap_exit, true),
    register(beh_pl_parent, self()),
    Self = self(),
    P1 = proc_lib:spawn_link(?MODULE, worker, [info]),
    receive {info, Anc, Ic} -> io:format("ancestors ~p~ninitial ~p~n", [Anc =:= [beh_pl_parent], Ic]) end,
    io:format("initial_call ~p~n", [proc_lib:initial_call(P1)]),
    io:format("translate ~p~n", [proc_lib:translate_initial_call(P1)]),
    P1 ! go,
    receive {'EXIT', P1, R1} -> io:format("exit ~p~n", [R1]) end,
    P2 = proc_lib:spawn_link(fun() -> Self ! {anc, get('$ancestors')}, erlang:error(badthing) end),
    receive {anc, A2} -> io:format("fun ancestors ~p~n", [A2 =:= [beh_pl_parent]]) end,
    receive {'EXIT', P2, {R2, [{M, F, _, _} | _]}} -> io:format("exit ~p in ~p:~p~n", [R2, M, F]) end,
    P3 = proc_lib:spawn_link(fun() -> throw(ball) end),
    receive {'EXIT', P3, {R3, _}} -> io:format("exit ~p~n", [R3]) end,
    P4 = proc_lib:spawn_link(fun() -> exit({shutdown, x}) end),
    receive {'EXIT', P4, R4} -> io:format("exit ~p~n", [R4]) end,
    {P5, Ref} = spawn_monitor(fun() -> P = proc_lib:spawn(fun() -> ok end), exit({spawned, is_pid(P)}) end),
    receive {'DOWN', Ref, _, P5, R5} -> io:format("down ~p~n", [R5]) end,
    P6 = proc_lib:spawn_opt(fun() -> receive stop -> ok end end, [link]),
    P6 ! stop,
    receive {'EXIT', P6, R6} -> io:format("exit ~p~n", [R6]) end,
    logger:set_primary_config(level, notice),
    ok.

worker(info) ->
    beh_pl_parent ! {info, get('$ancestors'), get('$initial_call')},
    receive go -> exit(done) end.
