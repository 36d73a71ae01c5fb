-module(proc_register_errors).
-export([start/0]).

%% The badarg cases of register/2 and unregister/1, and names freed by process death.
start() ->
    P = spawn(fun() -> receive stop -> ok end end),
    Dead = spawn(fun() -> ok end),
    M = monitor(process, Dead),
    receive {'DOWN', M, _, _, _} -> ok end,
    register(proc_register_errors_a, P),
    Cases = [{"name taken", fun() -> register(proc_register_errors_a, self()) end},
             {"already named", fun() -> register(proc_register_errors_b, P) end},
             {"undefined", fun() -> register(undefined, self()) end},
             {"not an atom", fun() -> register("name", self()) end},
             {"not a pid", fun() -> register(proc_register_errors_c, not_a_pid) end},
             {"dead pid", fun() -> register(proc_register_errors_d, Dead) end},
             {"unregister unknown", fun() -> unregister(proc_register_errors_zz) end},
             {"unregister non-atom", fun() -> unregister(42) end},
             {"whereis non-atom", fun() -> whereis("x") end}],
    [io:format("~s: ~p~n", [D, try F() of V -> {ok, V} catch C:E -> {C, E} end]) || {D, F} <- Cases],
    io:format("whereis unknown ~p~n", [whereis(proc_register_errors_zz)]),
    MP = monitor(process, P),
    P ! stop,
    receive {'DOWN', MP, _, _, _} -> ok end,
    io:format("name after death ~p~n", [whereis(proc_register_errors_a)]),
    io:format("reuse ~p~n", [register(proc_register_errors_a, self())]),
    io:format("whereis self ~p~n", [whereis(proc_register_errors_a) =:= self()]),
    unregister(proc_register_errors_a),
    ok.
