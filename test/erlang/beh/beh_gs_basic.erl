-module(beh_gs_basic).
-behaviour(gen_server).
-export([start/0, init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).

start() ->
    {ok, Pid} = gen_server:start_link(?MODULE, 10, []),
    io:format("~p~n", [is_pid(Pid)]),
    io:format("get: ~p~n", [gen_server:call(Pid, get)]),
    ok = gen_server:cast(Pid, {add, 5}),
    io:format("get: ~p~n", [gen_server:call(Pid, get)]),
    Pid ! {add, 7},
    io:format("get: ~p~n", [gen_server:call(Pid, get, 1000)]),
    io:format("echo: ~p~n", [gen_server:call(Pid, {echo, [a, "b", <<"c">>]})]),
    io:format("stop: ~p~n", [gen_server:stop(Pid)]),
    io:format("alive: ~p~n", [is_process_alive(Pid)]),
    done.

init(N) -> {ok, N}.

handle_call(get, _From, N) -> {reply, N, N};
handle_call({echo, X}, _From, N) -> {reply, {echo, X}, N}.

handle_cast({add, K}, N) -> {noreply, N + K}.

handle_info({add, K}, N) -> {noreply, N + K}.

terminate(Reason, N) -> io:format("terminate ~p ~p~n", [Reason, N]).
