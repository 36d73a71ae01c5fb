-module(beh_sm_traffic).
-behaviour(gen_statem).
-export([start/0, init/1, callback_mode/0, red/3, green/3, yellow/3]).

%% A traffic light walks its cycle on state timeouts; a call reports the
%% trail; a pedestrian button shortens green.
start() ->
    {ok, P} = gen_statem:start(?MODULE, self(), []),
    wait_for(red, 2),
    gen_statem:cast(P, button),
    wait_for(red, 3),
    io:format("~p~n", [gen_statem:call(P, trail)]),
    gen_statem:stop(P).

wait_for(State, N) ->
    receive {entered, State, N} -> ok after 2000 -> io:format("timeout waiting~n") end.

init(Parent) -> {ok, red, {Parent, [], 1}}.

callback_mode() -> [state_functions, state_enter].

red(enter, _, {Par, T, N} = D) -> Par ! {entered, red, N}, {keep_state, setelement(2, D, [red | T]), [{state_timeout, 15, go}]};
red(state_timeout, go, {Par, T, N}) -> {next_state, green, {Par, T, N + 1}};
red(E, C, D) -> common(E, C, D).

green(enter, _, {_, T, _} = D) -> {keep_state, setelement(2, D, [green | T]), [{state_timeout, 40, slow}]};
green(state_timeout, slow, D) -> {next_state, yellow, D};
green(cast, button, _D) -> {keep_state_and_data, [{state_timeout, 10, slow}]};
green(E, C, D) -> common(E, C, D).

yellow(enter, _, {_, T, _} = D) -> {keep_state, setelement(2, D, [yellow | T]), [{state_timeout, 10, stop}]};
yellow(state_timeout, stop, D) -> {next_state, red, D};
yellow(E, C, D) -> common(E, C, D).

common({call, From}, trail, {_, T, _}) -> {keep_state_and_data, [{reply, From, lists:reverse(T)}]};
common(cast, button, _) -> keep_state_and_data.
