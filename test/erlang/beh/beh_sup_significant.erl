-module(beh_sup_significant).
-behaviour(supervisor).
-export([start/0, init/1]).
%% diff-extra: beh_worker

%% auto_shutdown: the supervisor stops when significant children end.
start() ->
    process_flag(trap_exit, true),
    {ok, S1} = supervisor:start_link(?MODULE, any_significant),
    [{b, B, _, _}, {a, _, _, _}] = supervisor:which_children(S1),
    beh_worker:stop(B, normal),
    receive {'EXIT', S1, R1} -> io:format("any: ~p~n", [R1]) after 500 -> io:format("any: running~n") end,
    {ok, S2} = supervisor:start_link(?MODULE, all_significant),
    [{b, B2, _, _}, {a, A2, _, _}] = supervisor:which_children(S2),
    beh_worker:stop(B2, normal),
    receive {'EXIT', S2, _} -> io:format("all: stopped early~n") after 100 -> io:format("all: running~n") end,
    beh_worker:stop(A2, normal),
    receive {'EXIT', S2, R2} -> io:format("all: ~p~n", [R2]) after 500 -> io:format("all: running~n") end,
    io:format("bad: ~p~n", [supervisor:start_link(?MODULE, bad)]),
    ok.

init(bad) ->
    {ok, {#{auto_shutdown => any_significant},
          [#{id => a, start => {beh_worker, start_link, [a]}, significant => true}]}};
init(Auto) ->
    {ok, {#{auto_shutdown => Auto},
          [#{id => a, start => {beh_worker, start_link, [a]}, restart => transient, significant => true},
           #{id => b, start => {beh_worker, start_link, [b]}, restart => temporary, significant => true}]}}.
