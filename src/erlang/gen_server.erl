%% gen_server: OTP 25's generic server behaviour, our own implementation.
%% Same callbacks, return shapes, exit reasons and start results as OTP;
%% calls are tagged with a monitor reference (From = {Pid, Ref}), so a reply
%% that comes after a call timed out is not dropped as OTP 25's aliases do.
-module(gen_server).

-export([start/3, start/4, start_link/3, start_link/4, start_monitor/3, start_monitor/4,
         call/2, call/3, cast/2, reply/2, stop/1, stop/3, abcast/2,
         send_request/2, wait_response/2, receive_response/2, check_response/2,
         enter_loop/3, enter_loop/4, enter_loop/5,
         init_it/6, wake_hib/2, format_log/1]).

-callback init(Args :: term()) -> term().
-callback handle_call(Request :: term(), From :: {pid(), term()}, State :: term()) -> term().
-callback handle_cast(Request :: term(), State :: term()) -> term().
-callback handle_info(Info :: term(), State :: term()) -> term().
-callback handle_continue(Info :: term(), State :: term()) -> term().
-callback terminate(Reason :: term(), State :: term()) -> term().
-callback code_change(OldVsn :: term(), State :: term(), Extra :: term()) -> term().
-optional_callbacks([handle_info/2, handle_continue/2, terminate/2, code_change/3]).

-record(g, {parent, name, mod, hib = infinity}).

start(M, A, O) -> gen:start(?MODULE, nolink, M, A, O).

start(N, M, A, O) -> gen:start(?MODULE, nolink, N, M, A, O).

start_link(M, A, O) -> gen:start(?MODULE, link, M, A, O).

start_link(N, M, A, O) -> gen:start(?MODULE, link, N, M, A, O).

start_monitor(M, A, O) -> gen:start(?MODULE, monitor, M, A, O).

start_monitor(N, M, A, O) -> gen:start(?MODULE, monitor, N, M, A, O).

call(S, Req) ->
    case catch gen:call(S, '$gen_call', Req, 5000) of
        {ok, Res} -> Res;
        {'EXIT', Why} -> exit({Why, {?MODULE, call, [S, Req]}})
    end.

call(S, Req, T) ->
    case catch gen:call(S, '$gen_call', Req, T) of
        {ok, Res} -> Res;
        {'EXIT', Why} -> exit({Why, {?MODULE, call, [S, Req, T]}})
    end.

cast({N, Node} = Dest, Req) when is_atom(N), is_atom(Node) -> send(Dest, {'$gen_cast', Req});
cast(Dest, Req) when is_atom(Dest); is_pid(Dest) -> send(Dest, {'$gen_cast', Req}).

abcast(Name, Req) when is_atom(Name) ->
    send(Name, {'$gen_cast', Req}),
    abcast.

send(Dest, Msg) ->
    _ = (catch erlang:send(Dest, Msg)),
    ok.

reply(From, Reply) -> gen:reply(From, Reply).

stop(S) -> gen:stop(S).

stop(S, Reason, T) -> gen:stop(S, Reason, T).

send_request(S, Req) -> gen:send_request(S, '$gen_call', Req).

wait_response(Id, T) -> gen:wait_response(Id, T).

receive_response(Id, T) -> gen:receive_response(Id, T).

check_response(Msg, Id) -> gen:check_response(Msg, Id).

enter_loop(Mod, Opts, St) -> enter_loop(Mod, Opts, St, self, infinity).

enter_loop(Mod, Opts, St, {local, _} = N) -> enter_loop(Mod, Opts, St, N, infinity);
enter_loop(Mod, Opts, St, T) -> enter_loop(Mod, Opts, St, self, T).

enter_loop(Mod, Opts, St, N, T) ->
    case N of
        {local, A} when A =/= self ->
            case whereis(A) =:= self() of
                true -> ok;
                false -> exit(process_not_registered)
            end;
        _ -> ok
    end,
    loop(#g{parent = gen:get_parent(), name = N, mod = Mod,
            hib = gen:opt(hibernate_after, Opts, infinity)}, St, T).

init_it(Starter, Parent, Name, Mod, Args, Opts) ->
    G = #g{parent = Parent, name = Name, mod = Mod, hib = gen:opt(hibernate_after, Opts, infinity)},
    case cb(Mod, init, [Args]) of
        {ok, {ok, St}} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            loop(G, St, infinity);
        {ok, {ok, St, T}} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            loop(G, St, T);
        {ok, {stop, R}} ->
            init_fail(Name, Starter, {error, R}),
            exit(R);
        {ok, ignore} ->
            init_fail(Name, Starter, ignore),
            exit(normal);
        {ok, Other} ->
            E = {bad_return_value, Other},
            init_fail(Name, Starter, {error, E}),
            exit(E);
        {'EXIT', C, R, S} ->
            init_fail(Name, Starter, {error, why(C, R, S)}),
            erlang:raise(C, R, S)
    end.

init_fail(Name, Starter, Ret) ->
    gen:unregister_name(Name),
    proc_lib:init_ack(Starter, Ret).

%% A required callback's result: {ok, Result} or {'EXIT', Class, Reason, Stack}.
cb(M, F, A) ->
    case gen:cb(M, F, A) of
        missing ->
            try apply(M, F, A)
            catch C:R:S -> {'EXIT', C, R, S}
            end;
        Res -> Res
    end.

why(error, R, S) -> {R, S};
why(exit, R, _) -> R;
why(throw, R, S) -> {{nocatch, R}, S}.

loop(G, St, hibernate) -> proc_lib:hibernate(?MODULE, wake_hib, [G, St]);
loop(G, St, {continue, C}) -> result(G, St, {continue, C}, cb(G#g.mod, handle_continue, [C, St]));
loop(#g{hib = H} = G, St, infinity) when H =/= infinity ->
    receive
        M -> msg(G, St, M, infinity)
    after H -> loop(G, St, hibernate)
    end;
loop(G, St, T) ->
    receive
        M -> msg(G, St, M, T)
    after T -> msg(G, St, timeout, T)
    end.

wake_hib(G, St) ->
    receive M -> msg(G, St, M, hibernate) end.

msg(G, St, {system, From, Req} = M, T) ->
    case gen:system(From, Req, St, {fun(S) -> S end, fun(_, S) -> S end}) of
        {continue, St1} -> loop(G, St1, T);
        {terminate, R} -> terminate(exit, R, [], G, St, M)
    end;
msg(#g{parent = P} = G, St, {'EXIT', P, R} = M, _) when P =/= self() ->
    terminate(exit, R, [], G, St, M);
msg(#g{mod = Mod} = G, St, {'$gen_call', From, Req} = M, _) ->
    case cb(Mod, handle_call, [Req, From, St]) of
        {ok, {reply, Reply, St1}} ->
            gen:reply(From, Reply),
            loop(G, St1, infinity);
        {ok, {reply, Reply, St1, T}} ->
            gen:reply(From, Reply),
            loop(G, St1, T);
        {ok, {stop, R, Reply, St1}} ->
            try terminate(exit, R, [], G, St1, M)
            after gen:reply(From, Reply)
            end;
        Res -> result(G, St, M, Res)
    end;
msg(#g{mod = Mod} = G, St, {'$gen_cast', C} = M, _) ->
    result(G, St, M, cb(Mod, handle_cast, [C, St]));
msg(#g{mod = Mod} = G, St, M, _) ->
    case gen:cb(Mod, handle_info, [M, St]) of
        missing ->
            logger:log(warning, "** Undefined handle_info in ~tp~n** Unhandled message: ~tp~n",
                       [Mod, M], #{domain => [otp]}),
            loop(G, St, infinity);
        Res -> result(G, St, M, Res)
    end.

result(G, _, _, {ok, {noreply, St1}}) -> loop(G, St1, infinity);
result(G, _, _, {ok, {noreply, St1, T}}) -> loop(G, St1, T);
result(G, _, M, {ok, {stop, R, St1}}) -> terminate(exit, R, [], G, St1, M);
result(G, St, M, {ok, Other}) -> terminate(exit, {bad_return_value, Other}, [], G, St, M);
result(G, St, M, {'EXIT', C, R, S}) -> terminate(C, R, S, G, St, M).

terminate(C, R, S, #g{mod = Mod} = G, St, M) ->
    Why = why(C, R, S),
    case gen:cb(Mod, terminate, [Why, St]) of
        {'EXIT', C2, R2, S2} ->
            report(G, M, St, why(C2, R2, S2)),
            erlang:raise(C2, R2, S2);
        _ -> ok
    end,
    case Why of
        normal -> ok;
        shutdown -> ok;
        {shutdown, _} -> ok;
        _ -> report(G, M, St, Why)
    end,
    erlang:raise(C, R, S).

report(#g{name = N}, M, St, Why) ->
    logger:log(error, #{label => {gen_server, terminate}, name => gen:name(N), last_message => M,
                        state => St, reason => Why},
               #{domain => [otp], report_cb => fun gen_server:format_log/1,
                 error_logger => #{tag => error}}).

format_log(#{label := {gen_server, terminate}, name := N, last_message := M, state := St, reason := R}) ->
    {"** Generic server ~tp terminating ~n** Last message in was ~tp~n"
     "** When Server state == ~tp~n** Reason for termination ==~n** ~tp~n", [N, M, St, R]}.
