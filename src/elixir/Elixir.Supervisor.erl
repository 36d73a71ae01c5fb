%% Supervisor: a thin layer over supervisor. Children are given as modules,
%% {Module, Arg} or child spec maps (Module.child_spec/1 makes the map); flags
%% and specs go to supervisor as maps, as Elixir passes them. This module is
%% also the callback module of supervisors started from a child list (init/1).
-module('Elixir.Supervisor').
-export([start_link/2, start_link/3, init/1, init/2, child_spec/2, start_child/2,
         terminate_child/2, restart_child/2, delete_child/2, which_children/1,
         count_children/1, stop/1, stop/2, stop/3]).

start_link(Children, Opts) when is_list(Children) ->
    {ok, Spec} = init(Children, Opts),
    start_link('Elixir.Supervisor', Spec, [O || {name, _} = O <- Opts]);
start_link(Mod, Arg) -> start_link(Mod, Arg, []).

start_link(Mod, Arg, Opts) ->
    case lists:keyfind(name, 1, Opts) of
        false -> supervisor:start_link(Mod, Arg);
        {name, N} when is_atom(N) -> supervisor:start_link({local, N}, Mod, Arg);
        {name, N} -> supervisor:start_link(N, Mod, Arg)
    end.

%% The callback of start_link/2's supervisors.
init(Spec) -> {ok, Spec}.

init(Children, Opts) ->
    Strategy = case lists:keyfind(strategy, 1, Opts) of
                   {strategy, S} -> S;
                   false -> erlang:error('Elixir.ArgumentError':exception(<<"expected :strategy option to be given">>))
               end,
    Flags = #{strategy => Strategy,
              intensity => proplists:get_value(max_restarts, Opts, 3),
              period => proplists:get_value(max_seconds, Opts, 5)},
    {ok, {Flags, [spec(C) || C <- Children]}}.

spec(M) when is_atom(M) -> M:child_spec([]);
spec({M, Arg}) when is_atom(M) -> M:child_spec(Arg);
spec(Spec) when is_map(Spec); is_tuple(Spec) -> Spec.

child_spec(Child, Overrides) ->
    lists:foldl(fun({K, V}, Acc) -> Acc#{K => V} end, spec(Child), Overrides).

start_child(Sup, Child) when is_list(Child) -> supervisor:start_child(Sup, Child);
start_child(Sup, Child) -> supervisor:start_child(Sup, spec(Child)).
terminate_child(Sup, Id) -> supervisor:terminate_child(Sup, Id).
restart_child(Sup, Id) -> supervisor:restart_child(Sup, Id).
delete_child(Sup, Id) -> supervisor:delete_child(Sup, Id).
which_children(Sup) -> supervisor:which_children(Sup).
count_children(Sup) -> maps:from_list(supervisor:count_children(Sup)).

stop(Sup) -> stop(Sup, normal, infinity).
stop(Sup, Reason) -> stop(Sup, Reason, infinity).
stop(Sup, Reason, Timeout) -> gen_server:stop(Sup, Reason, Timeout).
