-module(proc_exit_reasons_down).
-export([start/0]).

%% Exit reasons of many shapes travel unchanged in 'DOWN' and 'EXIT' messages.
start() ->
    process_flag(trap_exit, true),
    Reasons = [normal, shutdown, {shutdown, because}, some_atom, 42, 3.5, "a string",
               <<"binary reason">>, {a, [nested, {tuple, <<1, 2, 3>>}], #{k => v}},
               [1, 2, 3], {}, lists:seq(1, 50)],
    lists:foreach(fun(Why) ->
                          {P, Ref} = spawn_monitor(fun() -> receive go -> exit(Why) end end),
                          link(P),
                          P ! go,
                          E = receive {'EXIT', P, R1} -> R1 end,
                          D = receive {'DOWN', Ref, process, P, R2} -> R2 end,
                          io:format("~p ~p~n", [E =:= Why, D =:= Why])
                  end, Reasons),
    ok.
