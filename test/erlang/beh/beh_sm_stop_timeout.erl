-module(beh_sm_stop_timeout).
-behaviour(gen_statem).
-export([start/0, init/1, callback_mode/0, idle/3, busy/3, terminate/3]).

%% A job runner: a call starts a job, a state timeout cancels it unless it
%% completes; {stop, Reason} from a state timeout ends the machine.
%% (crash and supervisor reports would reach OTP's stdout under a plain erl -noshell)
start() ->
    logger:set_primary_config(level, none),
    try run() after logger:set_primary_config(level, notice) end.

run() ->
    process_flag(trap_exit, true),
    {ok, P} = gen_statem:start_link(?MODULE, [], []),
    io:format("~p~n", [gen_statem:call(P, {run, 10, 400})]),
    io:format("~p~n", [gen_statem:call(P, {run, 400, 20})]),
    io:format("~p~n", [gen_statem:call(P, status)]),
    io:format("~p~n", [gen_statem:call(P, {run, 5, 400})]),
    gen_statem:cast(P, {final, 10}),
    receive {'EXIT', P, R} -> io:format("exit ~p~n", [R]) after 1000 -> io:format("still running~n") end,
    ok.

init([]) -> {ok, idle, #{done => 0, cancelled => 0}}.

callback_mode() -> state_functions.

idle({call, From}, {run, Work, Limit}, D) ->
    Self = self(),
    spawn_link(fun() -> timer:sleep(Work), Self ! job_done end),
    {next_state, busy, D#{from => From}, [{state_timeout, Limit, too_slow}]};
idle({call, From}, status, D) ->
    {keep_state_and_data, [{reply, From, maps:without([from], D)}]};
idle(info, job_done, _) -> keep_state_and_data;
idle(info, {'EXIT', _, _}, _) -> keep_state_and_data;
idle(cast, {final, T}, _) -> {keep_state_and_data, [{state_timeout, T, {stop, finished}}]};
idle(state_timeout, {stop, R}, D) -> {stop, R, D}.

busy(info, job_done, #{from := From, done := N} = D) ->
    {next_state, idle, D#{done := N + 1}, [{reply, From, completed}]};
busy(state_timeout, too_slow, #{from := From, cancelled := N} = D) ->
    {next_state, idle, D#{cancelled := N + 1}, [{reply, From, cancelled}]};
busy(info, {'EXIT', _, _}, _) -> keep_state_and_data;
busy({call, _}, _, _) -> {keep_state_and_data, [postpone]}.

terminate(R, S, D) -> io:format("terminate ~p ~p ~p~n", [R, S, lists:sort(maps:to_list(maps:without([from], D)))]).
