-module(proc_monitor_self).
-export([start/0]).

%% Monitors and links involving the process itself, and monitors of processes that
%% exit while the monitor is being held by a third party.
start() ->
    R = monitor(process, self()),
    io:format("ref ~p~n", [is_reference(R)]),
    io:format("demonitor self ~p~n", [demonitor(R)]),
    io:format("link self ~p~n", [link(self())]),
    io:format("unlink self ~p~n", [unlink(self())]),
    Self = self(),
    Target = spawn(fun() -> receive stop -> ok end end),
    Watcher = spawn(fun() ->
                            Ref = monitor(process, Target),
                            Self ! watching,
                            receive {'DOWN', Ref, process, _, Why} -> Self ! {watcher_saw, Why} end
                    end),
    receive watching -> ok end,
    {monitored_by, MB} = process_info(Target, monitored_by),
    io:format("monitored_by watcher ~p~n", [MB =:= [Watcher]]),
    Target ! stop,
    receive {watcher_saw, W} -> io:format("watcher saw ~p~n", [W]) end,
    ok.
