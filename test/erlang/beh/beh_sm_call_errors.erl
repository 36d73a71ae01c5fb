-module(beh_sm_call_errors).
-behaviour(gen_statem).
-export([start/0, init/1, callback_mode/0, handle_event/4, terminate/3]).

%% (crash and supervisor reports would reach OTP's stdout under a plain erl -noshell)
start() ->
    logger:set_primary_config(level, none),
    try run() after logger:set_primary_config(level, notice) end.

run() ->
    process_flag(trap_exit, true),
    {ok, P} = gen_statem:start(?MODULE, [], []),
    ok = gen_statem:stop(P),
    show(catch gen_statem:call(P, x), P),
    show(catch gen_statem:call(P, x, 100), P),
    show(catch gen_statem:call(beh_sm_missing, x), P),
    show(catch gen_statem:call(beh_sm_missing, x, {dirty_timeout, 50}), P),
    show(catch gen_statem:stop(P), P),
    show(gen_statem:cast(P, x), P),
    {ok, P2} = gen_statem:start_link(?MODULE, [], []),
    show(catch gen_statem:call(P2, {sleep, 100}, 20), P2),
    show(catch gen_statem:call(P2, bad_return), P2),
    show(receive {'EXIT', P2, R} -> {exit, R} after 500 -> no_exit end, P2),
    [begin
         {ok, Q} = gen_statem:start_link(?MODULE, [], []),
         show(catch gen_statem:call(Q, Req), Q),
         show(receive {'EXIT', Q, R2} -> {exit, R2} after 500 -> no_exit end, Q)
     end || Req <- [bad_action, crash, {stop, bye}, stop_and_reply, bad_postpone_enter]],
    ok.

show(X, P) -> io:format("~p~n", [hide(X, P)]).

hide(P, P) -> the_pid;
hide({R, [{?MODULE, F, A, _} | _]}, _) -> {R, {?MODULE, F, A}};
hide({R, [{M, _, _, _} | _]}, _) when is_atom(M) -> {R, M};
hide(T, P) when is_tuple(T) -> list_to_tuple(hide(tuple_to_list(T), P));
hide(L, P) when is_list(L) -> [hide(X, P) || X <- L];
hide(X, _) -> X.

init([]) -> {ok, s, d}.
callback_mode() -> handle_event_function.
handle_event({call, _}, {sleep, T}, _, _) -> timer:sleep(T), keep_state_and_data;
handle_event({call, _}, bad_return, _, _) -> {what, ever};
handle_event({call, _}, bad_action, _, _) -> {keep_state_and_data, [{bogus, 1}]};
handle_event({call, _}, crash, _, _) -> erlang:error(oops);
handle_event({call, _}, {stop, R}, _, _) -> {stop, R};
handle_event({call, From}, stop_and_reply, _, D) -> {stop_and_reply, normal, [{reply, From, last}], D};
handle_event({call, _}, bad_postpone_enter, _, D) -> {next_state, s, D, [{next_event, bad_type, x}]}.
terminate(R, S, D) -> io:format("terminate ~p ~p ~p~n", [hide(R, '$none'), S, D]).
