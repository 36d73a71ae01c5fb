-module(proc_server_loop).
-export([start/0]).

%% A small server with calls (request refs, replies) and casts, like gen_server.
start() ->
    S = spawn(fun() -> loop(#{}) end),
    ok = cast(S, {put, a, 1}),
    ok = cast(S, {put, b, 2}),
    io:format("~p~n", [call(S, {get, a})]),
    io:format("~p~n", [call(S, {get, missing})]),
    ok = cast(S, {put, a, 10}),
    io:format("~p~n", [call(S, keys)]),
    io:format("~p~n", [call(S, {get, a})]),
    Self = self(),
    Clients = [spawn(fun() -> Self ! {client, I, call(S, {incr, counter})} end) || I <- lists:seq(1, 20)],
    Got = lists:sort([receive {client, I, V} -> V end || {I, _} <- lists:zip(lists:seq(1, 20), Clients)]),
    io:format("~p~n", [Got]),
    io:format("~p~n", [call(S, stop)]),
    io:format("~p~n", [catch call(S, {get, a})]),
    ok.

call(S, Req) ->
    Ref = monitor(process, S),
    S ! {call, self(), Ref, Req},
    receive
        {reply, Ref, Rep} -> demonitor(Ref, [flush]), Rep;
        {'DOWN', Ref, process, S, Why} -> exit({server_down, Why})
    after 1000 -> exit(timeout)
    end.

cast(S, Msg) ->
    S ! {cast, Msg},
    ok.

loop(State) ->
    receive
        {call, From, Ref, stop} -> From ! {reply, Ref, stopped};
        {call, From, Ref, Req} ->
            {Rep, State2} = handle(Req, State),
            From ! {reply, Ref, Rep},
            loop(State2);
        {cast, {put, K, V}} -> loop(State#{K => V})
    end.

handle({get, K}, S) -> {maps:get(K, S, undefined), S};
handle(keys, S) -> {lists:sort(maps:keys(S)), S};
handle({incr, K}, S) -> N = maps:get(K, S, 0) + 1, {N, S#{K => N}}.
