-module(beh_sup_start_errors).
-behaviour(supervisor).
-export([start/0, init/1]).
%% diff-extra: beh_worker

%% What supervisor:start_link returns for bad init results and failing children.
%% (crash and supervisor reports would reach OTP's stdout under a plain erl -noshell)
start() ->
    logger:set_primary_config(level, none),
    try run() after logger:set_primary_config(level, notice) end.

run() ->
    process_flag(trap_exit, true),
    [begin
         R = supervisor:start_link(?MODULE, Arg),
         E = receive {'EXIT', _, W} -> hide(W) after 100 -> no_exit end,
         io:format("~p:~n  ~p~n  ~p~n", [Arg, hide(R), E])
     end || Arg <- [ignore, bad_return, bad_flags, bad_strategy, bad_intensity, dup_ids,
                    bad_spec, failing_child, ignored_child, undef_child, simple_two_specs]],
    io:format("check ~p~n", [supervisor:check_childspecs([#{id => a, start => {m, f, []}}])]),
    io:format("check ~p~n", [supervisor:check_childspecs([#{id => a, start => {m, f, []}, shutdown => soon}])]),
    io:format("check ~p~n", [supervisor:check_childspecs([#{id => a, start => {m, f, []}}, #{id => a, start => {m, g, []}}])]),
    io:format("check ~p~n", [supervisor:check_childspecs(not_a_list)]),
    ok.

hide(P) when is_pid(P) -> pid;
hide({R, [{M, F, A, _} | _]}) when is_atom(M), is_atom(F) -> {hide(R), {M, F, A}};
hide(T) when is_tuple(T) -> list_to_tuple(hide(tuple_to_list(T)));
hide(L) when is_list(L) -> [hide(X) || X <- L];
hide(X) -> X.

init(ignore) -> ignore;
init(bad_return) -> {ok, nothing};
init(bad_flags) -> {ok, {flags, []}};
init(bad_strategy) -> {ok, {{one_for_some, 1, 1}, []}};
init(bad_intensity) -> {ok, {#{intensity => -1}, []}};
init(dup_ids) -> {ok, {#{}, [#{id => a, start => {beh_worker, start_link, [a]}}, #{id => a, start => {beh_worker, start_link, [b]}}]}};
init(bad_spec) -> {ok, {#{}, [#{id => a, start => {beh_worker, start_link, [a]}, type => thing}]}};
init(failing_child) ->
    {ok, {#{}, [#{id => a, start => {beh_worker, start_link, [a]}},
                #{id => b, start => {beh_worker, start_fail, [nope]}},
                #{id => c, start => {beh_worker, start_link, [c]}}]}};
init(ignored_child) -> {ok, {#{}, [#{id => a, start => {beh_worker, start_ignore, [a]}}]}};
init(undef_child) -> {ok, {#{}, [#{id => a, start => {beh_nonexistent, start_link, []}}]}};
init(simple_two_specs) ->
    {ok, {#{strategy => simple_one_for_one}, [#{id => a, start => {m, f, []}}, #{id => b, start => {m, f, []}}]}}.
