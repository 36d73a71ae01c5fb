-module(beh_sup_one_for_all).
-behaviour(supervisor).
-export([start/0, init/1]).
%% diff-extra: beh_worker

%% (crash and supervisor reports would reach OTP's stdout under a plain erl -noshell)
start() ->
    logger:set_primary_config(level, none),
    try run() after logger:set_primary_config(level, notice) end.

run() ->
    register(beh_observer, self()),
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link(?MODULE, one_for_all),
    notes(3),
    Before = pids(Sup),
    {_, B} = lists:keyfind(b, 1, Before),
    beh_worker:crash(B, die),
    %% b dies; a and c (trapping exits) are terminated (c first), then all restart in order
    notes(5),
    After = pids(Sup),
    io:format("all new: ~p~n", [[{Id, P =/= proplists:get_value(Id, Before)} || {Id, P} <- After]]),
    unlink(Sup),
    exit(Sup, shutdown),
    notes(3),
    ok.

pids(Sup) -> [{Id, P} || {Id, P, _, _} <- supervisor:which_children(Sup)].

notes(0) -> ok;
notes(N) -> receive M -> io:format("  ~p~n", [M]), notes(N - 1) after 1000 -> io:format("  (missing)~n") end.

init(Strategy) ->
    {ok, {#{strategy => Strategy},
          [#{id => I, start => {beh_worker, start_link, [I, [trap_exit]]}} || I <- [a, b, c]]}}.
