-module(beh_sm_init_variants).
-behaviour(gen_statem).
-export([start/0, init/1, callback_mode/0, handle_event/4]).

%% (crash and supervisor reports would reach OTP's stdout under a plain erl -noshell)
start() ->
    logger:set_primary_config(level, none),
    try run() after logger:set_primary_config(level, notice) end.

run() ->
    [io:format("~p -> ~p~n", [A, clean(gen_statem:start(?MODULE, A, []))])
     || A <- [ok, ok_actions, ignore, stop, bad, crash]],
    {ok, P} = gen_statem:start({local, beh_sm_iv}, ?MODULE, ok_actions, []),
    io:format("~p~n", [gen_statem:call(beh_sm_iv, get)]),
    io:format("~p~n", [clean(gen_statem:start({local, beh_sm_iv}, ?MODULE, ok, []))]),
    gen_statem:stop(P),
    ok.

clean({ok, P}) when is_pid(P) -> {ok, pid};
clean({error, {already_started, P}}) when is_pid(P) -> {error, {already_started, pid}};
clean({error, {R, [{M, F, A, _} | _]}}) -> {error, {R, {M, F, A}}};
clean(X) -> X.

init(ok) -> {ok, s0, []};
init(ok_actions) -> {ok, s0, [], [{next_event, internal, boot}, {state_timeout, 10, tick}]};
init(ignore) -> ignore;
init(stop) -> {stop, nope};
init(bad) -> {ok, only_state};
init(crash) -> 1 = id(2).
id(X) -> X.

callback_mode() -> handle_event_function.

handle_event(internal, boot, s0, L) -> {next_state, s1, [boot | L]};
handle_event({call, From}, get, S, L) -> {keep_state_and_data, [{reply, From, {S, L}}]};
handle_event(_, _, _, _) -> keep_state_and_data.
