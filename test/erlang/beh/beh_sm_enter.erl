-module(beh_sm_enter).
-behaviour(gen_statem).
-export([start/0, init/1, callback_mode/0, a/3, b/3]).
-export([terminate/3]).

%% State enter calls: on init, on every state change, repeat_state re-enters.
start() ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    gen_statem:cast(P, go_b),
    gen_statem:cast(P, stay),
    gen_statem:cast(P, repeat),
    gen_statem:cast(P, go_a),
    gen_statem:cast(P, same_next_state),
    io:format("~p~n", [gen_statem:call(P, log)]),
    gen_statem:stop(P),
    ok.


init([]) -> {ok, a, []}.

callback_mode() -> [state_functions, state_enter].

a(enter, Old, L) -> {keep_state, [{enter_a, Old} | L]};
a(cast, go_b, L) -> {next_state, b, [go_b | L]};
a(cast, same_next_state, L) -> {next_state, a, [same | L]};
a({call, From}, log, L) -> {keep_state, [], [{reply, From, lists:reverse(L)}]}.

b(enter, Old, L) -> {keep_state, [{enter_b, Old} | L], [{state_timeout, 1000, never}]};
b(cast, stay, L) -> {keep_state, [stay | L]};
b(cast, repeat, L) -> {repeat_state, [repeat | L]};
b(cast, go_a, L) -> {next_state, a, [go_a | L]}.

terminate(R, S, _) -> io:format("terminate ~p ~p~n", [R, S]).
