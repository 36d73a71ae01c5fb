-module(proc_exit_reason_terms).
-export([start/0]).

%% Exit reasons of any shape reach monitors, trapping links and exit/2 receivers intact.
start() ->
    process_flag(trap_exit, true),
    Reasons = [{shutdown, #{why => test, n => 3}},
               <<"binary reason">>,
               [1, 2, {three}],
               1 bsl 100,
               2.5,
               {tuple, list_to_tuple(lists:seq(1, 40))},
               #{nested => #{deep => [<<0:1000>>]}},
               "string"],
    [begin
         Pid = spawn_link(fun() -> exit(R) end),
         Ref = monitor(process, Pid),
         E = receive {'EXIT', Pid, R1} -> R1 end,
         D = receive {'DOWN', Ref, process, Pid, R2} -> R2 end,
         io:format("~p ~p ~p~n", [E =:= R, D =:= R, erlang:phash2(D)])
     end || R <- Reasons],
    Self = self(),
    T = spawn(fun() ->
                      process_flag(trap_exit, true),
                      Self ! ready,
                      receive {'EXIT', From, W} -> Self ! {got, From =:= Self, W} end
              end),
    receive ready -> ok end,
    exit(T, {custom, [#{k => <<"v">>}]}),
    receive {got, Same, W} -> io:format("exit/2 ~p ~p~n", [Same, W]) end,
    ok.
