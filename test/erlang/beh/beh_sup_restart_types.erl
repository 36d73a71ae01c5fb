-module(beh_sup_restart_types).
-behaviour(supervisor).
-export([start/0, init/1]).
%% diff-extra: beh_worker

%% permanent children always restart; transient only after an abnormal
%% exit; temporary never (and vanish from which_children).
%% (crash and supervisor reports would reach OTP's stdout under a plain erl -noshell)
start() ->
    logger:set_primary_config(level, none),
    try run() after logger:set_primary_config(level, notice) end.

run() ->
    register(beh_observer, self()),
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link(?MODULE, []),
    notes(6),
    [begin
         P = pid(Sup, Id),
         io:format("~p exits ~p~n", [Id, How]),
         case How of
             {crash, R} -> beh_worker:crash(P, R);
             {stop, R} -> beh_worker:stop(P, R)
         end,
         notes(Expect),
         io:format("  now: ~p~n", [status(Sup)])
     end || {Id, How, Expect} <- [{perm1, {stop, normal}, 2}, {perm2, {crash, boom}, 2},
                                   {trans1, {stop, normal}, 1}, {trans2, {crash, boom}, 2},
                                   {trans2, {stop, shutdown}, 1},
                                   {temp1, {stop, normal}, 1}, {temp2, {crash, boom}, 1}]],
    io:format("restart trans1: ~p~n", [element(1, supervisor:restart_child(Sup, trans1))]),
    notes(1),
    io:format("  now: ~p~n", [status(Sup)]),
    ok.

pid(Sup, Id) -> {Id, P, _, _} = lists:keyfind(Id, 1, supervisor:which_children(Sup)), P.

status(Sup) -> [{Id, is_pid(P)} || {Id, P, _, _} <- supervisor:which_children(Sup)].

notes(0) -> receive M -> io:format("  unexpected ~p~n", [M]) after 50 -> ok end;
notes(N) -> receive M -> io:format("  ~p~n", [M]), notes(N - 1) after 1000 -> io:format("  (missing)~n") end.

init([]) ->
    {ok, {#{strategy => one_for_one, intensity => 10, period => 10},
          [#{id => Id, start => {beh_worker, start_link, [Id]}, restart => R}
           || {Id, R} <- [{perm1, permanent}, {perm2, permanent}, {trans1, transient},
                          {trans2, transient}, {temp1, temporary}, {temp2, temporary}]]}}.
