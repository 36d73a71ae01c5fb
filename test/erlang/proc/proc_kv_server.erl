-module(proc_kv_server).
-export([start/0]).

%% A hand-written key-value server: calls carry a monitor reference, so a call to a dead
%% server returns {error, noproc} and a server crash during a call returns its reason.
start() ->
    S = spawn(fun() -> loop(#{}) end),
    io:format("~p~n", [call(S, {put, a, 1})]),
    io:format("~p~n", [call(S, {put, b, [2, 3]})]),
    io:format("~p~n", [call(S, {get, a})]),
    io:format("~p~n", [call(S, {get, zz})]),
    io:format("~p~n", [call(S, {update, a, fun(V) -> V * 10 end})]),
    io:format("~p~n", [call(S, keys)]),
    io:format("~p~n", [call(S, {delete, b})]),
    io:format("~p~n", [call(S, keys)]),
    [call(S, {put, I, I * I}) || I <- lists:seq(1, 100)],
    io:format("sum ~p~n", [lists:sum([element(2, call(S, {get, I})) || I <- lists:seq(1, 100)])]),
    io:format("crash ~p~n", [call(S, {update, a, fun(_) -> error(boom) end})]),
    io:format("dead ~p~n", [call(S, keys)]),
    {monitors, Ms} = process_info(self(), monitors),
    io:format("no monitors left ~p~n", [Ms]),
    io:format("mailbox ~p~n", [process_info(self(), message_queue_len)]),
    ok.

call(S, Req) ->
    Ref = monitor(process, S),
    S ! {call, self(), Ref, Req},
    receive
        {reply, Ref, R} ->
            demonitor(Ref, [flush]),
            R;
        {'DOWN', Ref, process, _, noproc} -> {error, noproc};
        {'DOWN', Ref, process, _, {Why, _Stack}} -> {error, Why}
    end.

loop(M) ->
    receive
        {call, From, Ref, Req} ->
            {Reply, M2} = handle(Req, M),
            From ! {reply, Ref, Reply},
            loop(M2)
    end.

handle({put, K, V}, M) -> {ok, M#{K => V}};
handle({get, K}, M) -> {maps:find(K, M), M};
handle({update, K, F}, M) -> V = F(maps:get(K, M)), {{ok, V}, M#{K := V}};
handle({delete, K}, M) -> {ok, maps:remove(K, M)};
handle(keys, M) -> {lists:sort(maps:keys(M)), M}.
