-module(beh_sup_tree).
-behaviour(supervisor).
-export([start/0, init/1]).
%% diff-extra: beh_worker

%% A two-level tree: the top supervisor restarts a sub-supervisor that gave
%% up; the sub-supervisor restarts its workers.
%% (crash and supervisor reports would reach OTP's stdout under a plain erl -noshell)
start() ->
    logger:set_primary_config(level, none),
    try run() after logger:set_primary_config(level, notice) end.

run() ->
    register(beh_observer, self()),
    process_flag(trap_exit, true),
    {ok, Top} = supervisor:start_link({local, beh_sup_top}, ?MODULE, top),
    notes(3),
    io:format("top: ~p~n", [[{Id, T} || {Id, _, T, _} <- supervisor:which_children(Top)]]),
    {sub, Sub, supervisor, _} = lists:keyfind(sub, 1, supervisor:which_children(Top)),
    io:format("sub: ~p~n", [[{Id, T} || {Id, _, T, _} <- supervisor:which_children(Sub)]]),
    io:format("counts: ~p~n", [supervisor:count_children(Top)]),
    %% one crash: the sub-supervisor restarts w1
    crash(Sub, w1),
    notes(2),
    %% a second crash within the period: the sub-supervisor gives up, top restarts it
    crash(Sub, w1),
    notes(3),
    {sub, Sub2, supervisor, _} = lists:keyfind(sub, 1, supervisor:which_children(Top)),
    io:format("new sub: ~p~n", [Sub2 =/= Sub]),
    exit(Top, shutdown),
    receive {'EXIT', Top, R} -> io:format("top exit ~p~n", [R]) end,
    ok.

crash(Sup, Id) ->
    {Id, P, _, _} = lists:keyfind(Id, 1, supervisor:which_children(Sup)),
    Ref = monitor(process, P),
    beh_worker:crash(P, boom),
    receive {'DOWN', Ref, _, _, _} -> ok end.

notes(N) when N =< 0 -> receive M -> io:format("  unexpected ~p~n", [M]) after 50 -> ok end;
notes(N) -> receive M -> io:format("  ~p~n", [M]), notes(N - 1) after 1000 -> io:format("  (missing)~n") end.

init(top) ->
    {ok, {#{strategy => one_for_one, intensity => 2, period => 10},
          [#{id => top_worker, start => {beh_worker, start_link, [top_worker]}},
           #{id => sub, start => {supervisor, start_link, [?MODULE, sub]}, type => supervisor}]}};
init(sub) ->
    {ok, {#{strategy => one_for_one, intensity => 1, period => 10},
          [#{id => Id, start => {beh_worker, start_link, [Id]}} || Id <- [w1, w2]]}}.
