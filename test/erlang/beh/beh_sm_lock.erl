-module(beh_sm_lock).
-behaviour(gen_statem).
-export([start/0, init/1, callback_mode/0, locked/3, open/3, terminate/3]).

%% The code lock: state_functions, a state timeout relocks the door.
start() ->
    {ok, P} = gen_statem:start_link({local, beh_sm_lock_srv}, ?MODULE, [1, 2, 3], []),
    show(button(1)),
    show(button(2)),
    show(button(9)),
    show(state()),
    [show(button(D)) || D <- [1, 2, 3]],
    show(state()),
    show(button(5)),
    timer:sleep(200),
    show(state()),
    [show(button(D)) || D <- [1, 2, 3]],
    show(gen_statem:call(P, {set_timeout, 200})),
    show(state()),
    timer:sleep(200),
    show(state()),
    show(gen_statem:stop(beh_sm_lock_srv)),
    ok.

show(X) -> io:format("~p~n", [X]).

button(D) -> gen_statem:call(beh_sm_lock_srv, {button, D}).
state() -> gen_statem:call(beh_sm_lock_srv, state).

init(Code) -> {ok, locked, #{code => Code, pressed => [], open_ms => 100}}.

callback_mode() -> state_functions.

locked({call, From}, {button, D}, #{code := Code, pressed := P} = Data) ->
    Pressed = P ++ [D],
    if
        Pressed =:= Code ->
            {next_state, open, Data#{pressed := []},
             [{reply, From, opened}, {state_timeout, maps:get(open_ms, Data), lock}]};
        length(Pressed) < length(Code) ->
            {keep_state, Data#{pressed := Pressed}, [{reply, From, {pressed, Pressed}}]};
        true ->
            {keep_state, Data#{pressed := []}, [{reply, From, wrong}]}
    end;
locked({call, From}, state, _Data) ->
    {keep_state_and_data, [{reply, From, locked}]};
locked({call, From}, {set_timeout, _}, _Data) ->
    {keep_state_and_data, [{reply, From, not_open}]}.

open(state_timeout, lock, Data) ->
    {next_state, locked, Data};
open({call, From}, {button, _}, _Data) ->
    {keep_state_and_data, [{reply, From, already_open}]};
open({call, From}, state, _Data) ->
    {keep_state_and_data, [{reply, From, open}]};
open({call, From}, {set_timeout, T}, Data) ->
    {keep_state, Data#{open_ms := T}, [{reply, From, ok}, {state_timeout, 60, lock}]}.

terminate(Reason, State, _Data) -> io:format("terminate ~p in ~p~n", [Reason, State]).
