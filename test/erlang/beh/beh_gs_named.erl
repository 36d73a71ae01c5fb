-module(beh_gs_named).
-behaviour(gen_server).
-export([start/0, init/1, handle_call/3, handle_cast/2]).

start() ->
    {ok, P} = gen_server:start({local, beh_gs_named_srv}, ?MODULE, [], []),
    io:format("registered: ~p~n", [whereis(beh_gs_named_srv) =:= P]),
    {error, {already_started, P2}} = gen_server:start({local, beh_gs_named_srv}, ?MODULE, [], []),
    io:format("already_started same pid: ~p~n", [P2 =:= P]),
    {error, {already_started, P3}} = gen_server:start_link({local, beh_gs_named_srv}, ?MODULE, [], []),
    io:format("start_link already_started: ~p~n", [P3 =:= P]),
    ok = gen_server:cast(beh_gs_named_srv, {put, a}),
    ok = gen_server:cast({beh_gs_named_srv, node()}, {put, b}),
    io:format("by name: ~p~n", [gen_server:call(beh_gs_named_srv, get)]),
    io:format("by {name,node}: ~p~n", [gen_server:call({beh_gs_named_srv, node()}, get)]),
    io:format("by pid: ~p~n", [gen_server:call(P, get)]),
    ok = gen_server:stop(beh_gs_named_srv),
    io:format("after stop: ~p~n", [whereis(beh_gs_named_srv)]),
    {ok, P4} = gen_server:start({local, beh_gs_named_srv}, ?MODULE, [], []),
    io:format("restart new pid: ~p~n", [P4 =/= P]),
    ok = gen_server:stop(P4, normal, 1000),
    io:format("cast to missing name: ~p~n", [gen_server:cast(beh_gs_named_none, x)]),
    {ok, P5} = gen_server:start({local, beh_gs_named_srv}, ?MODULE, [], [{timeout, 1000}]),
    io:format("~p~n", [gen_server:call(P5, get)]),
    gen_server:stop(P5),
    ok.

init([]) -> {ok, []}.

handle_call(get, _From, L) -> {reply, lists:reverse(L), L}.

handle_cast({put, X}, L) -> {noreply, [X | L]}.
