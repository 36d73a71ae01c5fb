-module(beh_gs_enter_loop).
-behaviour(gen_server).
-export([start/0, init/1, handle_call/3, handle_cast/2, boot/1]).

start() ->
    {ok, P} = proc_lib:start_link(?MODULE, boot, [self()]),
    io:format("~p~n", [gen_server:call(beh_gs_enter_loop_srv, hello)]),
    io:format("~p~n", [gen_server:call(P, hello)]),
    gen_server:stop(P),
    io:format("~p~n", [whereis(beh_gs_enter_loop_srv)]),
    ok.

boot(Parent) ->
    register(beh_gs_enter_loop_srv, self()),
    proc_lib:init_ack(Parent, {ok, self()}),
    gen_server:enter_loop(?MODULE, [], 41, {local, beh_gs_enter_loop_srv}).

init(_) -> {ok, unused}.
handle_call(hello, _From, N) -> {reply, {hello, N + 1}, N + 1}.
handle_cast(_, S) -> {noreply, S}.
