-module(proc_processes).
-export([start/0]).

%% processes/0 and system_info(process_count) follow spawns and exits.
start() ->
    Before = length(processes()),
    C0 = erlang:system_info(process_count),
    io:format("count matches list ~p~n", [C0 =:= Before]),
    Ps = [spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, 10)],
    All = processes(),
    io:format("new ones listed ~p~n", [lists:all(fun(P) -> lists:member(P, All) end, Ps)]),
    io:format("self listed ~p~n", [lists:member(self(), All)]),
    io:format("grew by ~p~n", [length(All) - Before]),
    io:format("process_count grew by ~p~n", [erlang:system_info(process_count) - C0]),
    Refs = [monitor(process, P) || P <- Ps],
    [P ! stop || P <- Ps],
    [receive {'DOWN', R, _, _, _} -> ok end || R <- Refs],
    io:format("back to ~p~n", [length(processes()) - Before]),
    io:format("all pids ~p~n", [lists:all(fun is_pid/1, processes())]),
    ok.
