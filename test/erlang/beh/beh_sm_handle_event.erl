-module(beh_sm_handle_event).
-behaviour(gen_statem).
-export([start/0, init/1, callback_mode/0, handle_event/4]).

%% handle_event_function with tuple states, casts, infos and calls.
start() ->
    {ok, P} = gen_statem:start(?MODULE, 0, []),
    gen_statem:cast(P, {add, 5}),
    gen_statem:cast(P, {add, 7}),
    P ! {add, 1},
    io:format("~p~n", [gen_statem:call(P, get)]),
    gen_statem:cast(P, switch),
    io:format("~p~n", [gen_statem:call(P, get)]),
    gen_statem:cast(P, {add, 3}),
    io:format("~p~n", [gen_statem:call(P, get)]),
    io:format("~p~n", [gen_statem:call(P, {reset, 100}, 1000)]),
    io:format("~p~n", [gen_statem:call(P, get)]),
    {'EXIT', {timeout, {gen_statem, call, [P, unknown, 100]}}} = (catch gen_statem:call(P, unknown, 100)),
    io:format("~p~n", [gen_statem:stop(P)]),
    ok.

init(N) -> {ok, {counting, up}, N}.

callback_mode() -> handle_event_function.

handle_event(cast, {add, K}, {counting, up}, N) -> {keep_state, N + K};
handle_event(cast, {add, K}, {counting, down}, N) -> {keep_state, N - K};
handle_event(info, {add, K}, {counting, Dir}, N) -> {next_state, {counting, Dir}, N + 10 * K};
handle_event(cast, switch, {counting, up}, N) -> {next_state, {counting, down}, N};
handle_event(cast, switch, {counting, down}, N) -> {next_state, {counting, up}, N};
handle_event({call, From}, get, State, N) -> {keep_state_and_data, {reply, From, {State, N}}};
handle_event({call, From}, {reset, V}, _State, N) ->
    gen_statem:reply(From, {was, N}),
    {next_state, {counting, up}, V};
handle_event({call, _From}, unknown, _State, _N) -> keep_state_and_data.
