%% Task: async/await over a linked, monitored process that sends its result
%% back tagged with the monitor reference; start/start_link for fire-and-forget.
-module('Elixir.Task').
-export(['__struct__'/0, '__struct__'/1, async/1, async/3, await/1, await/2, await_many/1,
         await_many/2, yield/1, yield/2, start/1, start/3, start_link/1, start_link/3,
         shutdown/1, shutdown/2]).

'__struct__'() -> #{'__struct__' => ?MODULE, mfa => nil, owner => nil, pid => nil, ref => nil}.
'__struct__'(Kv) -> lists:foldl(fun({K, V}, S) -> maps:update(K, V, S) end, '__struct__'(), Kv).

async(F) -> async(erlang, apply, [F, []], mfa(F)).
async(M, F, A) -> async(M, F, A, {M, F, length(A)}).
async(M, F, A, MFA) ->
    Owner = self(),
    Pid = spawn_link(fun() ->
                             receive {'$task', Ref} -> Owner ! {Ref, apply(M, F, A)} end
                     end),
    Ref = erlang:monitor(process, Pid),
    Pid ! {'$task', Ref},
    #{'__struct__' => ?MODULE, mfa => MFA, owner => Owner, pid => Pid, ref => Ref}.

mfa(F) ->
    {module, M} = erlang:fun_info(F, module),
    {name, N} = erlang:fun_info(F, name),
    {arity, A} = erlang:fun_info(F, arity),
    {M, N, A}.

await(T) -> await(T, 5000).
await(#{ref := Ref} = T, Timeout) ->
    receive
        {Ref, Reply} -> erlang:demonitor(Ref, [flush]), Reply;
        {'DOWN', Ref, _, _, Reason} -> exit({Reason, {?MODULE, await, [T, Timeout]}})
    after Timeout ->
        erlang:demonitor(Ref, [flush]),
        exit({timeout, {?MODULE, await, [T, Timeout]}})
    end.

await_many(Ts) -> await_many(Ts, 5000).
await_many(Ts, Timeout) -> [await(T, Timeout) || T <- Ts].

yield(T) -> yield(T, 5000).
yield(#{ref := Ref}, Timeout) ->
    receive
        {Ref, Reply} -> erlang:demonitor(Ref, [flush]), {ok, Reply};
        {'DOWN', Ref, _, _, Reason} -> {exit, Reason}
    after Timeout -> nil
    end.

shutdown(T) -> shutdown(T, 5000).
shutdown(#{pid := Pid, ref := Ref}, _) ->
    unlink(Pid),
    exit(Pid, kill),
    receive
        {Ref, Reply} -> erlang:demonitor(Ref, [flush]), {ok, Reply};
        {'DOWN', Ref, _, _, killed} -> nil;
        {'DOWN', Ref, _, _, Reason} -> {exit, Reason}
    end.

start(F) -> {ok, spawn(F)}.
start(M, F, A) -> {ok, spawn(M, F, A)}.
start_link(F) -> {ok, spawn_link(F)}.
start_link(M, F, A) -> {ok, spawn_link(M, F, A)}.
