-module(beh_sup_child_ops).
-behaviour(supervisor).
-export([start/0, init/1]).
%% diff-extra: beh_worker

%% start_child / terminate_child / restart_child / delete_child and their errors.
start() ->
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link(?MODULE, []),
    Spec = #{id => x, start => {beh_worker, start_link, [x]}},
    show("start x", supervisor:start_child(Sup, Spec)),
    show("start x again", supervisor:start_child(Sup, Spec)),
    show("start y (tuple)", supervisor:start_child(Sup, {y, {beh_worker, start_link, [y]}, transient, 100, worker, [beh_worker]})),
    show("which", supervisor:which_children(Sup)),
    show("restart running", supervisor:restart_child(Sup, x)),
    show("delete running", supervisor:delete_child(Sup, x)),
    show("terminate x", supervisor:terminate_child(Sup, x)),
    show("which", supervisor:which_children(Sup)),
    show("start x present", supervisor:start_child(Sup, Spec)),
    show("terminate x again", supervisor:terminate_child(Sup, x)),
    show("restart x", supervisor:restart_child(Sup, x)),
    show("terminate x", supervisor:terminate_child(Sup, x)),
    show("delete x", supervisor:delete_child(Sup, x)),
    show("delete x again", supervisor:delete_child(Sup, x)),
    show("restart missing", supervisor:restart_child(Sup, nope)),
    show("terminate missing", supervisor:terminate_child(Sup, nope)),
    show("get_childspec y", supervisor:get_childspec(Sup, y)),
    show("get_childspec nope", supervisor:get_childspec(Sup, nope)),
    show("start failing", supervisor:start_child(Sup, #{id => f, start => {beh_worker, start_fail, [because]}})),
    show("start ignore", supervisor:start_child(Sup, #{id => ig, start => {beh_worker, start_ignore, [1]}})),
    show("which", supervisor:which_children(Sup)),
    show("restart ignored", supervisor:restart_child(Sup, ig)),
    show("start bad spec", supervisor:start_child(Sup, #{id => b, start => {beh_worker, start_link, [b]}, restart => sometimes})),
    show("start bad spec2", supervisor:start_child(Sup, #{start => {m, f, []}})),
    show("start bad spec3", supervisor:start_child(Sup, {z, {m, f, []}, permanent, -5, worker, []})),
    show("start undef", supervisor:start_child(Sup, #{id => u, start => {beh_no_such_module, start_link, []}})),
    show("count", supervisor:count_children(Sup)),
    ok.

show(What, R) -> io:format("~s: ~p~n", [What, hide(R)]).

hide(P) when is_pid(P) -> pid;
hide({R, [{M, F, A, _} | _]}) when is_atom(M), is_atom(F) -> {hide(R), {M, F, A}};
hide(T) when is_tuple(T) -> list_to_tuple(hide(tuple_to_list(T)));
hide(L) when is_list(L) -> [hide(X) || X <- L];
hide(X) -> X.

init([]) -> {ok, {#{}, []}}.
