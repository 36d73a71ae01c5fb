-module(beh_gs_unhandled).
-behaviour(gen_server).
-export([start/0, init/1, handle_call/3, handle_cast/2]).

%% No handle_info/terminate: stray messages are logged and dropped; stop works.
start() ->
    logger:set_primary_config(level, none),
    {ok, P} = gen_server:start(?MODULE, [], []),
    P ! stray,
    P ! {another, 1},
    io:format("~p~n", [gen_server:call(P, get)]),
    io:format("~p~n", [gen_server:stop(P)]),
    logger:set_primary_config(level, notice),
    ok.

init([]) -> {ok, 3}.
handle_call(get, _From, S) -> {reply, S, S}.
handle_cast(_, S) -> {noreply, S}.
