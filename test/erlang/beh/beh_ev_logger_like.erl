-module(beh_ev_logger_like).
-behaviour(gen_event).
-export([start/0, init/1, handle_event/2, handle_call/2, handle_info/2]).

%% Several handlers of one module with ids; events reach them newest first.
start() ->
    {ok, M} = gen_event:start(),
    [ok = gen_event:add_handler(M, {?MODULE, N}, N) || N <- [1, 2, 3]],
    Self = self(),
    ok = gen_event:add_handler(M, {?MODULE, tap}, {tap, Self}),
    gen_event:notify(M, hello),
    gen_event:notify(M, world),
    [receive {tap, E} -> io:format("tap ~p~n", [E]) end || _ <- [1, 2]],
    io:format("~p~n", [[gen_event:call(M, {?MODULE, N}, get) || N <- [1, 2, 3]]]),
    M ! an_info,
    io:format("~p~n", [gen_event:call(M, {?MODULE, 1}, get)]),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    ok = gen_event:stop(M),
    io:format("~p~n", [is_process_alive(M)]),
    ok.

init({tap, P}) -> {ok, {tap, P}};
init(N) -> {ok, {N, []}}.

handle_event(E, {tap, P} = S) -> P ! {tap, E}, {ok, S};
handle_event(E, {N, L}) -> {ok, {N, [E | L]}}.

handle_info(_I, {tap, _} = S) -> {ok, S};
handle_info(I, {N, L}) -> {ok, {N, [{info, I} | L]}}.

handle_call(get, {N, L} = S) -> {ok, {N, lists:reverse(L)}, S}.
