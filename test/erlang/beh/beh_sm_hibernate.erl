-module(beh_sm_hibernate).
-behaviour(gen_statem).
-export([start/0, init/1, callback_mode/0, handle_event/4]).

%% hibernate actions and keep_state variants keep the machine working.
start() ->
    {ok, P} = gen_statem:start(?MODULE, 0, [{hibernate_after, 5}]),
    gen_statem:cast(P, inc),
    gen_statem:cast(P, {inc_hib, 2}),
    timer:sleep(20),
    io:format("~p~n", [gen_statem:call(P, get)]),
    gen_statem:cast(P, {inc_hib, 3}),
    io:format("~p~n", [gen_statem:call(P, get_hib)]),
    io:format("~p~n", [gen_statem:call(P, get)]),
    io:format("~p~n", [gen_statem:call(P, repeat)]),
    gen_statem:stop(P),
    ok.

init(N) -> {ok, counting, N}.
callback_mode() -> handle_event_function.

handle_event(cast, inc, _, N) -> {keep_state, N + 1};
handle_event(cast, {inc_hib, K}, _, N) -> {keep_state, N + K, [hibernate]};
handle_event({call, From}, get, S, N) -> {keep_state_and_data, [{reply, From, {S, N}}]};
handle_event({call, From}, get_hib, S, N) -> {keep_state_and_data, [{reply, From, {S, N}}, {hibernate, true}]};
handle_event({call, From}, repeat, _, N) -> {repeat_state_and_data, [{reply, From, {repeated, N}}]}.
