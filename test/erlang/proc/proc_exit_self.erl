-module(proc_exit_self).
-export([start/0]).

%% exit(self(), ...) from inside the process: normal ends it, kill cannot be caught,
%% a trapping process gets a message instead.
start() ->
    Cases = [{normal, fun() -> exit(self(), normal), io:format("not reached~n") end},
             {other, fun() -> exit(self(), other), io:format("not reached~n") end},
             {kill_caught, fun() -> catch exit(self(), kill), io:format("not reached~n") end},
             {exit1_caught, fun() -> R = (catch exit(caught)), exit({was, R}) end},
             {trapping, fun() ->
                                process_flag(trap_exit, true),
                                exit(self(), trapped),
                                receive {'EXIT', P, W} -> exit({message, P =:= self(), W}) end
                        end},
             {trapping_normal, fun() ->
                                       process_flag(trap_exit, true),
                                       exit(self(), normal),
                                       receive M -> exit({message, element(3, M)}) end
                               end}],
    lists:foreach(fun({Name, F}) ->
                          {P, Ref} = spawn_monitor(F),
                          receive {'DOWN', Ref, process, P, R} -> io:format("~p: ~p~n", [Name, R]) end
                  end, Cases),
    ok.
