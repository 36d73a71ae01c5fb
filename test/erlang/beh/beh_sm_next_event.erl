-module(beh_sm_next_event).
-behaviour(gen_statem).
-export([start/0, init/1, callback_mode/0, handle_event/4]).

%% next_event actions run before anything in the mailbox, in order.
start() ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    gen_statem:cast(P, {expand, [a, b, c]}),
    gen_statem:cast(P, after_expand),
    io:format("~p~n", [gen_statem:call(P, log)]),
    gen_statem:cast(P, mixed),
    io:format("~p~n", [gen_statem:call(P, log)]),
    io:format("~p~n", [gen_statem:call(P, call_via_internal)]),
    io:format("~p~n", [gen_statem:call(P, log)]),
    gen_statem:stop(P).

init([]) -> {ok, s, [], [{next_event, internal, from_init}]}.

callback_mode() -> handle_event_function.

handle_event(cast, {expand, Xs}, _, L) ->
    {keep_state, [expand | L], [{next_event, internal, {x, X}} || X <- Xs]};
handle_event(cast, mixed, _, L) ->
    {next_state, t, [mixed | L], [{next_event, cast, c1}, {next_event, info, i1},
                                  {next_event, internal, n1}]};
handle_event({call, From}, call_via_internal, _, L) ->
    {keep_state, L, [{next_event, internal, {answer, From}}]};
handle_event(internal, {answer, From}, State, L) ->
    {keep_state, [answered | L], [{reply, From, {answered_in, State}}]};
handle_event({call, From}, log, _, L) -> {keep_state, [], [{reply, From, lists:reverse(L)}]};
handle_event(Type, Content, State, L) -> {keep_state, [{State, Type, Content} | L]}.
