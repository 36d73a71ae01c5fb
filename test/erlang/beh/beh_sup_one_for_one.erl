-module(beh_sup_one_for_one).
-behaviour(supervisor).
-export([start/0, init/1]).
%% diff-extra: beh_worker

%% A crashed worker is restarted (new pid, same id); the others keep running.
%% (crash and supervisor reports would reach OTP's stdout under a plain erl -noshell)
start() ->
    logger:set_primary_config(level, none),
    try run() after logger:set_primary_config(level, notice) end.

run() ->
    register(beh_observer, self()),
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link({local, beh_sup_1f1}, ?MODULE, []),
    notes(3),
    Kids = supervisor:which_children(Sup),
    io:format("~p~n", [[{Id, is_pid(P), T, M} || {Id, P, T, M} <- Kids]]),
    {b, B, _, _} = lists:keyfind(b, 1, Kids),
    {a, A, _, _} = lists:keyfind(a, 1, Kids),
    beh_worker:crash(B, boom),
    notes(2),
    Kids2 = supervisor:which_children(Sup),
    {b, B2, _, _} = lists:keyfind(b, 1, Kids2),
    {a, A2, _, _} = lists:keyfind(a, 1, Kids2),
    io:format("b restarted: ~p, a same: ~p~n", [B2 =/= B, A2 =:= A]),
    io:format("~p~n", [beh_worker:ping(B2)]),
    io:format("~p~n", [supervisor:count_children(Sup)]),
    exit(Sup, shutdown),
    receive {'EXIT', Sup, R} -> io:format("sup exit ~p~n", [R]) end,
    notes(0),
    ok.

notes(0) -> receive M -> io:format("  unexpected ~p~n", [M]) after 50 -> ok end;
notes(N) -> receive M -> io:format("  ~p~n", [M]), notes(N - 1) after 1000 -> io:format("  (missing)~n") end.

init([]) ->
    {ok, {#{strategy => one_for_one, intensity => 3, period => 5},
          [#{id => I, start => {beh_worker, start_link, [I]}} || I <- [a, b, c]]}}.
