-module(beh_sup_shutdown).
-behaviour(supervisor).
-export([start/0, init/1]).
%% diff-extra: beh_worker

%% Shutdown: brutal_kill kills at once, a timeout waits for terminate (and
%% kills a child that takes longer), infinity waits. Children stop in
%% reverse start order.
%% (crash and supervisor reports would reach OTP's stdout under a plain erl -noshell)
start() ->
    logger:set_primary_config(level, none),
    try run() after logger:set_primary_config(level, notice) end.

run() ->
    register(beh_observer, self()),
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link(?MODULE, []),
    notes(5),
    Kids = supervisor:which_children(Sup),
    Mons = [{Id, monitor(process, P)} || {Id, P, _, _} <- Kids],
    exit(Sup, shutdown),
    receive {'EXIT', Sup, R} -> io:format("sup exit ~p~n", [R]) end,
    terminated(2),
    [receive {'DOWN', Ref, _, _, Why} -> io:format("~p down: ~p~n", [Id, Why]) end || {Id, Ref} <- Mons],
    ok.

terminated(0) -> receive {terminated, _, _} = M -> io:format("  unexpected ~p~n", [M]) after 50 -> ok end;
terminated(N) -> receive {terminated, _, _} = M -> io:format("  ~p~n", [M]), terminated(N - 1) after 1000 -> io:format("  (missing)~n") end.

notes(0) -> receive M -> io:format("  unexpected ~p~n", [M]) after 50 -> ok end;
notes(N) -> receive M -> io:format("  ~p~n", [M]), notes(N - 1) after 1000 -> io:format("  (missing)~n") end.

init([]) ->
    W = fun(Id, Opts, Shutdown) ->
                #{id => Id, start => {beh_worker, start_link, [Id, Opts]}, shutdown => Shutdown}
        end,
    {ok, {#{strategy => one_for_one},
          [W(brutal, [trap_exit], brutal_kill),
           W(graceful, [trap_exit], 500),
           W(too_slow, [trap_exit, {slow_terminate, 300}], 30),
           W(no_trap, [], 100),
           W(patient, [trap_exit, {slow_terminate, 20}], infinity)]}}.
