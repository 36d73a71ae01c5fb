-module(beh_gs_timeout).
-behaviour(gen_server).
-export([start/0, init/1, handle_call/3, handle_cast/2, handle_info/2]).

start() ->
    {ok, P} = gen_server:start(?MODULE, [], []),
    R = try gen_server:call(P, {sleep, 200}, 30)
        catch exit:{timeout, {gen_server, call, [P, {sleep, 200}, 30]}} -> caught_timeout
        end,
    io:format("~p~n", [R]),
    io:format("still alive: ~p~n", [is_process_alive(P)]),
    io:format("next call: ~p~n", [gen_server:call(P, {sleep, 0})]),
    R2 = (catch gen_server:call(P, {sleep, 100}, 0)),
    io:format("zero timeout: ~p~n", [element(1, element(2, R2))]),
    R3 = (catch gen_server:call(P, bad_timeout, -1)),
    io:format("negative: ~p~n", [element(1, R3)]),
    timer:sleep(250),
    ok = gen_server:stop(P),
    ok.

init([]) -> {ok, 0}.
handle_call({sleep, T}, _From, N) -> timer:sleep(T), {reply, {slept, T}, N + 1};
handle_call(_, _From, N) -> {reply, ok, N}.
handle_cast(_, S) -> {noreply, S}.
handle_info(_, S) -> {noreply, S}.
