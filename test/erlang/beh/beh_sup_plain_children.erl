-module(beh_sup_plain_children).
-behaviour(supervisor).
-export([start/0, init/1]).
%% diff-extra: beh_worker

%% Children that are plain proc_lib processes; restart with a changing pid.
%% (crash and supervisor reports would reach OTP's stdout under a plain erl -noshell)
start() ->
    logger:set_primary_config(level, none),
    try run() after logger:set_primary_config(level, notice) end.

run() ->
    register(beh_observer, self()),
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link(?MODULE, []),
    notes(2),
    [{p2, P2, worker, [beh_worker]}, {p1, P1, worker, [beh_worker]}] = supervisor:which_children(Sup),
    P1 ! {die, oops},
    notes(1),
    P2 ! {die, normal},
    notes(1),
    [{p2, Q2, _, _}, {p1, Q1, _, _}] = supervisor:which_children(Sup),
    io:format("p1 new ~p, p2 new ~p~n", [Q1 =/= P1, Q2 =/= P2]),
    io:format("~p~n", [supervisor:terminate_child(Sup, p1)]),
    io:format("~p~n", [[{Id, is_pid(P)} || {Id, P, _, _} <- supervisor:which_children(Sup)]]),
    exit(Sup, shutdown),
    receive {'EXIT', Sup, R} -> io:format("sup exit ~p~n", [R]) end,
    ok.

notes(0) -> ok;
notes(N) -> receive M -> io:format("  ~p~n", [M]), notes(N - 1) after 1000 -> io:format("  (missing)~n") end.

init([]) ->
    {ok, {{one_for_one, 5, 10},
          [{p1, {beh_worker, spawn_plain, [p1]}, permanent, brutal_kill, worker, [beh_worker]},
           {p2, {beh_worker, spawn_plain, [p2]}, permanent, 100, worker, [beh_worker]}]}}.
