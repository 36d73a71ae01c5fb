-module(beh_sm_event_timeout).
-behaviour(gen_statem).
-export([start/0, init/1, callback_mode/0, handle_event/4]).

%% Event timeouts fire when no event comes; any event cancels them.
start() ->
    {ok, P} = gen_statem:start(?MODULE, self(), []),
    expect(),
    gen_statem:cast(P, {arm, 30}),
    expect(),
    gen_statem:cast(P, {arm, 200}),
    timer:sleep(10),
    gen_statem:cast(P, poke),
    expect(300),
    gen_statem:cast(P, {arm_int, 20}),
    expect(),
    gen_statem:cast(P, {arm, 0}),
    expect(),
    io:format("log ~p~n", [gen_statem:call(P, log)]),
    gen_statem:stop(P).

expect() -> expect(500).

expect(T) ->
    receive {fired, X} -> io:format("fired ~p~n", [X]) after T -> io:format("nothing~n") end.

init(Parent) -> {ok, idle, {Parent, []}, [{timeout, 10, from_init}]}.

callback_mode() -> handle_event_function.

handle_event(timeout, Msg, _, {Par, L}) -> Par ! {fired, Msg}, {keep_state, {Par, [Msg | L]}};
handle_event(cast, {arm, T}, _, _) -> {keep_state_and_data, [{timeout, T, {armed, T}}]};
handle_event(cast, {arm_int, T}, _, _) -> {keep_state_and_data, T};
handle_event(cast, poke, _, {Par, L}) -> {keep_state, {Par, [poke | L]}};
handle_event({call, From}, log, _, {_, L}) -> {keep_state_and_data, [{reply, From, lists:reverse(L)}]}.
