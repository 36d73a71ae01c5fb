-module(beh_sm_generic_timeout).
-behaviour(gen_statem).
-export([start/0, init/1, callback_mode/0, handle_event/4]).

%% Named generic timeouts survive events and state changes; cancel, update,
%% restart with a new time.
start() ->
    {ok, P} = gen_statem:start(?MODULE, self(), []),
    gen_statem:cast(P, {set, t1, 120, one}),
    gen_statem:cast(P, {set, t2, 20, two}),
    gen_statem:cast(P, {set, t3, 30, three}),
    gen_statem:cast(P, {cancel, t3}),
    gen_statem:cast(P, next_state),
    gen_statem:cast(P, {update, t1, one_updated}),
    collect(2),
    gen_statem:cast(P, {set, t4, 30, four}),
    gen_statem:cast(P, {set, t4, 5, four_again}),
    collect(1),
    gen_statem:cast(P, {set, t5, infinity, five}),
    gen_statem:cast(P, {set, t6, 0, six}),
    collect(1),
    gen_statem:cast(P, {update, t7, seven}),
    collect(1),
    receive X -> io:format("extra ~p~n", [X]) after 80 -> io:format("no more~n") end,
    io:format("~p~n", [gen_statem:call(P, state)]),
    gen_statem:stop(P).

collect(0) -> ok;
collect(N) ->
    receive {fired, Name, Msg, State} -> io:format("~p ~p in ~p~n", [Name, Msg, State]), collect(N - 1)
    after 500 -> io:format("missing~n")
    end.

init(Parent) -> {ok, s1, Parent}.

callback_mode() -> handle_event_function.

handle_event({timeout, Name}, Msg, State, Par) -> Par ! {fired, Name, Msg, State}, keep_state_and_data;
handle_event(cast, {set, Name, T, Msg}, _, _) -> {keep_state_and_data, [{{timeout, Name}, T, Msg}]};
handle_event(cast, {cancel, Name}, _, _) -> {keep_state_and_data, [{{timeout, Name}, cancel}]};
handle_event(cast, {update, Name, Msg}, _, _) -> {keep_state_and_data, [{{timeout, Name}, update, Msg}]};
handle_event(cast, next_state, s1, Par) -> {next_state, s2, Par};
handle_event({call, From}, state, State, _) -> {keep_state_and_data, [{reply, From, State}]};
handle_event(_, _, _, _) -> keep_state_and_data.
