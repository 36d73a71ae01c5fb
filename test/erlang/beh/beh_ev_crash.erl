-module(beh_ev_crash).
-behaviour(gen_event).
-export([start/0, init/1, handle_event/2, handle_call/2, terminate/2]).

%% A crashing handler is removed (terminate gets {error, ...}); the others
%% stay. Supervised handlers tell their owner with gen_event_EXIT.
start() ->
    logger:set_primary_config(level, none),
    {ok, M} = gen_event:start({local, beh_ev_mgr}),
    ok = gen_event:add_handler(beh_ev_mgr, {?MODULE, a}, a),
    ok = gen_event:add_sup_handler(beh_ev_mgr, {?MODULE, b}, b),
    ok = gen_event:add_sup_handler(beh_ev_mgr, {?MODULE, c}, c),
    io:format("~p~n", [gen_event:which_handlers(beh_ev_mgr)]),
    gen_event:sync_notify(beh_ev_mgr, {crash, b}),
    io:format("~p~n", [gen_event:which_handlers(beh_ev_mgr)]),
    show(receive {gen_event_EXIT, H, R} -> {H, R} after 500 -> none end),
    gen_event:sync_notify(beh_ev_mgr, {bad_return, a}),
    io:format("~p~n", [gen_event:which_handlers(beh_ev_mgr)]),
    show(gen_event:call(beh_ev_mgr, {?MODULE, c}, crash)),
    show(receive {gen_event_EXIT, H2, R2} -> {H2, R2} after 500 -> none end),
    ok = gen_event:add_sup_handler(beh_ev_mgr, {?MODULE, d}, d),
    show(gen_event:delete_handler(beh_ev_mgr, {?MODULE, d}, go_away)),
    show(receive {gen_event_EXIT, H3, R3} -> {H3, R3} after 500 -> none end),
    show(gen_event:add_handler(beh_ev_mgr, {?MODULE, e}, crash_init)),
    ok = gen_event:add_sup_handler(beh_ev_mgr, {?MODULE, f}, f),
    gen_event:stop(beh_ev_mgr),
    show(receive {gen_event_EXIT, H4, R4} -> {H4, R4} after 500 -> none end),
    show(catch gen_event:call(M, {?MODULE, a}, x)),
    show(catch gen_event:which_handlers(beh_ev_mgr)),
    logger:set_primary_config(level, notice),
    ok.

show(X) -> io:format("~p~n", [hide(X)]).

hide({R, [{M, F, A, _} | _]}) when is_atom(M), is_atom(F) -> {R, {M, F, A}};
hide(P) when is_pid(P) -> pid;
hide(T) when is_tuple(T) -> list_to_tuple([hide(X) || X <- tuple_to_list(T)]);
hide(L) when is_list(L) -> [hide(X) || X <- L];
hide(X) -> X.

init(crash_init) -> erlang:error(bad_init);
init(X) -> {ok, X}.

handle_event({crash, X}, X) -> erlang:error({crashed, X});
handle_event({bad_return, X}, X) -> what_is_this;
handle_event(_, S) -> {ok, S}.

handle_call(crash, _) -> exit(call_crash).

terminate(Arg, S) -> io:format("terminate ~p: ~p~n", [S, hide(Arg)]).
