-module(proc_shutdown_tree).
-export([start/0]).

%% A hand-written supervisor shuts its trapping children down with exit(C, shutdown) in
%% reverse start order, waiting for each; a child that ignores shutdown is killed after a
%% timeout.
start() ->
    Self = self(),
    Sup = spawn(fun() -> sup(Self) end),
    receive {started, Names} -> io:format("started ~p~n", [Names]) end,
    Sup ! {shutdown, self()},
    receive {shutdown_log, Log} -> io:format("~p~n", [Log]) end,
    Cleanups = lists:sort(drain()),
    io:format("cleanups ~p~n", [Cleanups]),
    ok.

sup(Parent) ->
    process_flag(trap_exit, true),
    Children = [{N, spawn_link(fun() -> child(Parent, N, Mode) end)} || {N, Mode} <- [{a, clean}, {b, stubborn}, {c, clean}]],
    Parent ! {started, [N || {N, _} <- Children]},
    receive
        {shutdown, From} ->
            Log = [stop_child(N, P) || {N, P} <- lists:reverse(Children)],
            From ! {shutdown_log, Log}
    end.

stop_child(N, P) ->
    M = monitor(process, P),
    unlink(P),
    exit(P, shutdown),
    receive
        {'DOWN', M, process, P, R} -> {N, R}
    after 50 ->
        exit(P, kill),
        receive {'DOWN', M, process, P, R2} -> {N, forced, R2} end
    end.

child(Parent, N, Mode) ->
    process_flag(trap_exit, true),
    receive
        {'EXIT', _, shutdown} when Mode =:= clean ->
            Parent ! {cleanup, N},
            exit(shutdown);
        {'EXIT', _, shutdown} ->
            receive never -> ok end
    end.

%% (not after 0: a cleanup message and the shutdown log come from different processes, and
%% OTP with several schedulers may deliver the log first)
drain() -> receive M -> [M | drain()] after 200 -> [] end.
