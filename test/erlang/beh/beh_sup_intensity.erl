-module(beh_sup_intensity).
-behaviour(supervisor).
-export([start/0, init/1]).
%% diff-extra: beh_worker

%% More than Intensity restarts within Period: the supervisor stops all
%% children and exits with reason shutdown.
%% (crash and supervisor reports would reach OTP's stdout under a plain erl -noshell)
start() ->
    logger:set_primary_config(level, none),
    try run() after logger:set_primary_config(level, notice) end.

run() ->
    register(beh_observer, self()),
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link(?MODULE, 2),
    drain(),
    put(sup_mon, monitor(process, Sup)),
    crash_loop(Sup, 1),
    receive {'EXIT', Sup, R} -> io:format("supervisor exited: ~p~n", [R]) after 1000 -> io:format("still alive~n") end,
    io:format("alive: ~p~n", [is_process_alive(Sup)]),
    drain(),
    ok.

crash_loop(Sup, N) ->
    case catch supervisor:which_children(Sup) of
        [{w, P, worker, _}, {other, _, _, _}] when is_pid(P) ->
            io:format("crash ~p~n", [N]),
            Ref = monitor(process, P),
            beh_worker:crash(P, {crash, N}),
            receive {'DOWN', Ref, _, _, _} -> ok end,
            %% the supervisor either restarts the worker or, past its intensity, shuts down:
            %% wait for its end for a while rather than racing a call against its shutdown
            SupMon = get(sup_mon),
            receive {'DOWN', SupMon, _, _, _} -> ok after 300 -> ok end,
            crash_loop(Sup, N + 1);
        {'EXIT', {Why, _}} -> io:format("call failed: ~p~n", [Why]);
        Other -> io:format("children: ~p~n", [length(Other)])
    end.

drain() ->
    receive M -> io:format("  ~p~n", [M]), drain() after 300 -> ok end.

init(Intensity) ->
    {ok, {{one_for_one, Intensity, 10},
          [{other, {beh_worker, start_link, [other, [trap_exit]]}, permanent, 1000, worker, [beh_worker]},
           {w, {beh_worker, start_link, [w]}, permanent, 1000, worker, [beh_worker]}]}}.
