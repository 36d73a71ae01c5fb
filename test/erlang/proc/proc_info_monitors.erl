-module(proc_info_monitors).
-export([start/0]).

%% process_info items monitors and monitored_by follow monitor/demonitor.
start() ->
    P = spawn(fun() -> receive stop -> ok end end),
    register(proc_info_monitors_p, P),
    io:format("~p~n", [process_info(self(), monitors)]),
    R1 = monitor(process, P),
    R2 = monitor(process, proc_info_monitors_p),
    {monitors, Ms} = process_info(self(), monitors),
    io:format("~p~n", [lists:sort([case X of {process, Pid} when is_pid(Pid) -> {process, pid}; _ -> X end || X <- Ms])]),
    {monitored_by, MB} = process_info(P, monitored_by),
    io:format("monitored_by ~p~n", [MB =:= [self(), self()]]),
    demonitor(R1),
    demonitor(R2),
    io:format("~p~n", [process_info(self(), monitors)]),
    io:format("~p~n", [process_info(P, monitored_by)]),
    P ! stop,
    ok.
