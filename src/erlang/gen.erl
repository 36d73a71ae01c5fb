%% gen: what gen_server, gen_statem and gen_event share (our own
%% implementation of OTP 25's internal gen module): starting a named or
%% anonymous process synchronously, the call protocol (a monitor reference
%% tags the reply, so From is {Pid, Ref}), replies, stopping and the system
%% messages of sys. Names are {local, Atom} only (no global, no via).
-module(gen).

-export([start/5, start/6, init_it/7, call/4, reply/2, stop/1, stop/3, where/1,
         unregister_name/1, get_parent/0, name/1, opt/3, timeout_ok/1,
         send_request/3, wait_response/2, receive_response/2, check_response/2,
         system/4, debug_options/1, cb/3]).

%% Calls a callback: {ok, Result} (a throw counts as a result, as in OTP),
%% missing when M:F/length(A) does not exist, or {'EXIT', Class, Reason, Stack}.
cb(M, F, A) ->
    try {ok, apply(M, F, A)}
    catch
        throw:R -> {ok, R};
        C:R:S ->
            case {C, R, S} of
                {error, undef, [{M, F, A, _} | _]} -> missing;
                _ -> {'EXIT', C, R, S}
            end
    end.

start(GenMod, How, Mod, Args, Opts) -> spawn_it(GenMod, How, self, Mod, Args, Opts).

start(GenMod, How, Name, Mod, Args, Opts) ->
    case where(Name) of
        undefined -> spawn_it(GenMod, How, Name, Mod, Args, Opts);
        Pid -> {error, {already_started, Pid}}
    end.

spawn_it(GenMod, How, Name, Mod, Args, Opts) ->
    T = opt(timeout, Opts, infinity),
    SO = opt(spawn_opt, Opts, []),
    case How of
        link ->
            proc_lib:start_link(?MODULE, init_it, [GenMod, self(), self(), Name, Mod, Args, Opts], T, SO);
        monitor ->
            case proc_lib:start_monitor(?MODULE, init_it, [GenMod, self(), self, Name, Mod, Args, Opts], T, SO) of
                {{ok, Pid}, Ref} -> {ok, {Pid, Ref}};
                {Other, Ref} ->
                    receive {'DOWN', Ref, process, _, _} -> ok after 0 -> ok end,
                    Other
            end;
        nolink ->
            proc_lib:start(?MODULE, init_it, [GenMod, self(), self, Name, Mod, Args, Opts], T, SO)
    end.

init_it(GenMod, Starter, Parent0, Name, Mod, Args, Opts) ->
    Parent = case Parent0 of
                 self -> self();
                 _ -> Parent0
             end,
    case register_name(Name) of
        true -> GenMod:init_it(Starter, Parent, Name, Mod, Args, Opts);
        {false, Pid} ->
            proc_lib:init_ack(Starter, {error, {already_started, Pid}}),
            exit(normal)
    end.

register_name(self) -> true;
register_name({local, N}) ->
    try register(N, self()) of
        true -> true
    catch
        error:_ -> {false, whereis(N)}
    end.

unregister_name({local, N}) -> catch unregister(N), ok;
unregister_name(_) -> ok.

where({local, N}) -> whereis(N);
where(_) -> undefined.

%% The name in reports: the registered name or the pid.
name({local, N}) -> N;
name(_) -> self().

get_parent() ->
    case get('$ancestors') of
        [P | _] when is_pid(P) -> P;
        [N | _] when is_atom(N) ->
            case whereis(N) of
                undefined -> exit(process_not_alive);
                P -> P
            end;
        _ -> exit(process_was_not_started_by_proc_lib)
    end.

opt(K, Opts, Def) ->
    case lists:keyfind(K, 1, Opts) of
        {K, V} -> V;
        false -> Def
    end.

debug_options(_) -> [].

timeout_ok(infinity) -> true;
timeout_ok(T) -> is_integer(T) andalso T >= 0.

%% {ok, Reply}, or exits with noproc, timeout, calling_self or the server's
%% exit reason.
call(Proc, Label, Req, T) ->
    case timeout_ok(T) of
        true -> ok;
        false -> erlang:error(function_clause, [Proc, Label, Req, T])
    end,
    Pid = resolve(Proc),
    if
        Pid =:= self() -> exit(calling_self);
        true -> ok
    end,
    Ref = erlang:monitor(process, Pid),
    Pid ! {Label, {self(), Ref}, Req},
    receive
        {Ref, Reply} ->
            erlang:demonitor(Ref, [flush]),
            {ok, Reply};
        {'DOWN', Ref, _, _, Reason} -> exit(Reason)
    after T ->
        erlang:demonitor(Ref, [flush]),
        exit(timeout)
    end.

resolve(P) when is_pid(P) -> P;
resolve(N) when is_atom(N) -> named(N);
resolve({N, Node}) when is_atom(N), Node =:= node() -> named(N);
resolve({local, N}) when is_atom(N) -> named(N);
resolve({_, Node}) when is_atom(Node) -> exit({nodedown, Node});
resolve(_) -> exit(noproc).

named(N) ->
    case whereis(N) of
        undefined -> exit(noproc);
        P -> P
    end.

reply({To, Tag}, Reply) ->
    _ = (catch erlang:send(To, {Tag, Reply})),
    ok.

send_request(Proc, Label, Req) ->
    try resolve(Proc) of
        Pid ->
            Ref = erlang:monitor(process, Pid),
            Pid ! {Label, {self(), Ref}, Req},
            Ref
    catch
        exit:_ ->
            Ref = make_ref(),
            self() ! {'DOWN', Ref, process, Proc, noproc},
            Ref
    end.

wait_response(Ref, T) ->
    receive
        {Ref, Reply} ->
            erlang:demonitor(Ref, [flush]),
            {reply, Reply};
        {'DOWN', Ref, _, Obj, Reason} -> {error, {Reason, Obj}}
    after T -> timeout
    end.

receive_response(Ref, T) ->
    receive
        {Ref, Reply} ->
            erlang:demonitor(Ref, [flush]),
            {reply, Reply};
        {'DOWN', Ref, _, Obj, Reason} -> {error, {Reason, Obj}}
    after T ->
        erlang:demonitor(Ref, [flush]),
        receive {Ref, Reply} -> {reply, Reply} after 0 -> timeout end
    end.

check_response({Ref, Reply}, Ref) ->
    erlang:demonitor(Ref, [flush]),
    {reply, Reply};
check_response({'DOWN', Ref, _, Obj, Reason}, Ref) -> {error, {Reason, Obj}};
check_response(_, _) -> no_reply.

stop(P) -> proc_lib:stop(P, normal, infinity).

stop(P, Reason, T) -> proc_lib:stop(P, Reason, T).

%% A system message for a gen_* loop: Misc is its state. Returns
%% {continue, Misc1} or {terminate, Reason}; replies itself.
%% Fns = {GetState, SetState} funs over Misc.
system(From, Req, Misc, {Get, Set}) ->
    case Req of
        get_state ->
            reply(From, Get(Misc)),
            {continue, Misc};
        {replace_state, F} ->
            try F(Get(Misc)) of
                New ->
                    reply(From, New),
                    {continue, Set(Misc, New)}
            catch
                _:_ ->
                    reply(From, Get(Misc)),
                    {continue, Misc}
            end;
        {terminate, Reason} -> {terminate, Reason};
        _ ->
            reply(From, {error, {unknown_system_msg, Req}}),
            {continue, Misc}
    end.
