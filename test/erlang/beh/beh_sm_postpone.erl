-module(beh_sm_postpone).
-behaviour(gen_statem).
-export([start/0, init/1, callback_mode/0, closed/3, opened/3]).

%% Postponed events are retried, in order, after the next state change.
start() ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    gen_statem:cast(P, {item, 1}),
    gen_statem:cast(P, {item, 2}),
    Self = self(),
    spawn(fun() -> Self ! {call_result, gen_statem:call(P, {item_call, 3})} end),
    timer:sleep(20),
    io:format("before open: ~p~n", [gen_statem:call(P, seen)]),
    gen_statem:cast(P, open),
    receive {call_result, R} -> io:format("call result: ~p~n", [R]) end,
    io:format("after open: ~p~n", [gen_statem:call(P, seen)]),
    gen_statem:cast(P, close),
    gen_statem:cast(P, {item, 4}),
    gen_statem:cast(P, keep),
    io:format("closed again: ~p~n", [gen_statem:call(P, seen)]),
    gen_statem:cast(P, open),
    io:format("reopened: ~p~n", [gen_statem:call(P, seen)]),
    gen_statem:stop(P).

init([]) -> {ok, closed, []}.

callback_mode() -> state_functions.

closed(cast, open, L) -> {next_state, opened, L};
closed(cast, keep, L) -> {keep_state, [kept_closed | L]};
closed({call, From}, seen, L) -> {keep_state_and_data, [{reply, From, lists:reverse(L)}]};
closed(_, _, _) -> {keep_state_and_data, [postpone]}.

opened(cast, {item, N}, L) -> {keep_state, [N | L]};
opened({call, From}, {item_call, N}, L) -> {keep_state, [{call, N} | L], [{reply, From, {took, N}}]};
opened(cast, close, L) -> {next_state, closed, L};
opened(cast, keep, L) -> {keep_state, [kept_open | L]};
opened({call, From}, seen, L) -> {keep_state_and_data, [{reply, From, lists:reverse(L)}]}.
