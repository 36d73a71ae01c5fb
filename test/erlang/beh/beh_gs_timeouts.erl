-module(beh_gs_timeouts).
-behaviour(gen_server).
-export([start/0, init/1, handle_call/3, handle_cast/2, handle_info/2]).

%% init/handle_* timeouts: a 'timeout' info arrives when nothing else does.
start() ->
    {ok, P} = gen_server:start(?MODULE, self(), []),
    wait(),
    io:format("~p~n", [gen_server:call(P, {reply_timeout, 20})]),
    wait(),
    gen_server:cast(P, {noreply_timeout, 10}),
    wait(),
    P ! {info_timeout, 5},
    wait(),
    %% a message before the timeout cancels it
    io:format("~p~n", [gen_server:call(P, {reply_timeout, 100})]),
    io:format("~p~n", [gen_server:call(P, ping)]),
    receive {timed_out, _} -> io:format("unexpected~n") after 150 -> io:format("no timeout after ping~n") end,
    io:format("~p~n", [gen_server:call(P, {reply_timeout, infinity})]),
    receive {timed_out, _} -> io:format("unexpected~n") after 50 -> io:format("no timeout with infinity~n") end,
    gen_server:stop(P).

wait() ->
    receive {timed_out, N} -> io:format("timed out after step ~p~n", [N]) after 1000 -> io:format("none~n") end.

init(Parent) -> {ok, {Parent, 0}, 10}.

handle_call({reply_timeout, T}, _From, {Par, N}) -> {reply, {ok, N}, {Par, N + 1}, T};
handle_call(ping, _From, S) -> {reply, pong, S}.

handle_cast({noreply_timeout, T}, {Par, N}) -> {noreply, {Par, N + 1}, T}.

handle_info({info_timeout, T}, {Par, N}) -> {noreply, {Par, N + 1}, T};
handle_info(timeout, {Par, N}) -> Par ! {timed_out, N}, {noreply, {Par, N}}.
