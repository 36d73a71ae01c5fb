-module(beh_sup_simple).
-behaviour(supervisor).
-export([start/0, init/1]).
%% diff-extra: beh_worker

%% simple_one_for_one: children from a template with extra arguments.
start() ->
    register(beh_observer, self()),
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link(?MODULE, []),
    io:format("~p~n", [supervisor:which_children(Sup)]),
    {ok, P1} = supervisor:start_child(Sup, [one]),
    {ok, P2} = supervisor:start_child(Sup, [two]),
    {ok, P3} = supervisor:start_child(Sup, [three, [trap_exit]]),
    notes(3),
    io:format("~p~n", [supervisor:count_children(Sup)]),
    Kids = supervisor:which_children(Sup),
    io:format("~p~n", [lists:sort([{Id, lists:member(P, [P1, P2, P3]), T, M} || {Id, P, T, M} <- Kids])]),
    io:format("~p~n", [beh_worker:ping(P2)]),
    io:format("terminate: ~p~n", [supervisor:terminate_child(Sup, P3)]),
    notes(1),
    io:format("terminate again: ~p~n", [supervisor:terminate_child(Sup, P3)]),
    io:format("terminate by id: ~p~n", [supervisor:terminate_child(Sup, one)]),
    io:format("restart: ~p~n", [supervisor:restart_child(Sup, one)]),
    io:format("delete: ~p~n", [supervisor:delete_child(Sup, one)]),
    io:format("get_childspec: ~p~n", [supervisor:get_childspec(Sup, P1)]),
    beh_worker:crash(P1, boom),
    notes(1),
    io:format("~p~n", [supervisor:count_children(Sup)]),
    {error, {'EXIT', {undef, [Frame | _]}}} = supervisor:start_child(Sup, []),
    io:format("bad start: undef ~p~n", [Frame]),
    exit(Sup, shutdown),
    receive {'EXIT', Sup, R} -> io:format("sup exit ~p~n", [R]) end,
    ok.

notes(0) -> ok;
notes(N) -> receive M -> io:format("  ~p~n", [M]), notes(N - 1) after 1000 -> io:format("  (missing)~n") end.

init([]) ->
    {ok, {#{strategy => simple_one_for_one, intensity => 5},
          [#{id => ignored_id, start => {beh_worker, start_link, []}, restart => transient, shutdown => 500}]}}.
