%% gen_event: OTP 25's event manager behaviour, our own implementation. A
%% manager process holds handlers (Module or {Module, Id}), newest first;
%% events go to each in turn. A handler that crashes or returns something
%% else than OTP's shapes is removed (terminate gets {error, Why}); handlers
%% added with add_sup_handler/3 are linked to the caller, which gets
%% {gen_event_EXIT, Handler, Reason} when they go. Same API results and exit
%% reasons as OTP.
-module(gen_event).

-export([start/0, start/1, start/2, start_link/0, start_link/1, start_link/2,
         start_monitor/0, start_monitor/1, start_monitor/2, stop/1, stop/3,
         notify/2, sync_notify/2, call/3, call/4, add_handler/3, add_sup_handler/3,
         delete_handler/3, swap_handler/3, swap_sup_handler/3, which_handlers/1,
         send_request/3, wait_response/2, receive_response/2, check_response/2,
         init_it/6, wake_hib/2]).

-callback init(Args :: term()) -> term().
-callback handle_event(Event :: term(), State :: term()) -> term().
-callback handle_call(Request :: term(), State :: term()) -> term().
-callback handle_info(Info :: term(), State :: term()) -> term().
-callback terminate(Arg :: term(), State :: term()) -> term().
-callback code_change(OldVsn :: term(), State :: term(), Extra :: term()) -> term().
-optional_callbacks([handle_info/2, terminate/2, code_change/3]).

-record(h, {id, mod, st, sup = false}).

start() -> gen:start(?MODULE, nolink, ?MODULE, [], []).
start(N) when is_tuple(N) -> gen:start(?MODULE, nolink, N, ?MODULE, [], []);
start(O) when is_list(O) -> gen:start(?MODULE, nolink, ?MODULE, [], O).
start(N, O) -> gen:start(?MODULE, nolink, N, ?MODULE, [], O).

start_link() -> gen:start(?MODULE, link, ?MODULE, [], []).
start_link(N) when is_tuple(N) -> gen:start(?MODULE, link, N, ?MODULE, [], []);
start_link(O) when is_list(O) -> gen:start(?MODULE, link, ?MODULE, [], O).
start_link(N, O) -> gen:start(?MODULE, link, N, ?MODULE, [], O).

start_monitor() -> gen:start(?MODULE, monitor, ?MODULE, [], []).
start_monitor(N) when is_tuple(N) -> gen:start(?MODULE, monitor, N, ?MODULE, [], []);
start_monitor(O) when is_list(O) -> gen:start(?MODULE, monitor, ?MODULE, [], O).
start_monitor(N, O) -> gen:start(?MODULE, monitor, N, ?MODULE, [], O).

stop(M) -> gen:stop(M).
stop(M, R, T) -> gen:stop(M, R, T).

notify(M, Event) ->
    _ = (catch erlang:send(M, {notify, Event})),
    ok.

sync_notify(M, Event) -> rpc(M, {sync_notify, Event}).

add_handler(M, H, Args) -> rpc(M, {add, H, Args, false}).

add_sup_handler(M, H, Args) -> rpc(M, {add, H, Args, self()}).

delete_handler(M, H, Args) -> rpc(M, {delete, H, Args}).

swap_handler(M, {H1, A1}, {H2, A2}) -> rpc(M, {swap, H1, A1, H2, A2, false}).

swap_sup_handler(M, {H1, A1}, {H2, A2}) -> rpc(M, {swap, H1, A1, H2, A2, self()}).

which_handlers(M) -> rpc(M, which).

call(M, H, Q) -> call(M, H, Q, 5000, [M, H, Q]).

call(M, H, Q, T) -> call(M, H, Q, T, [M, H, Q, T]).

call(M, H, Q, T, As) ->
    case catch gen:call(M, '$gen_call', {call, H, Q}, T) of
        {ok, R} -> R;
        {'EXIT', Why} -> exit({Why, {?MODULE, call, As}})
    end.

send_request(M, H, Q) -> gen:send_request(M, '$gen_call', {call, H, Q}).
wait_response(Id, T) -> gen:wait_response(Id, T).
receive_response(Id, T) -> gen:receive_response(Id, T).
check_response(Msg, Id) -> gen:check_response(Msg, Id).

rpc(M, Req) ->
    {ok, R} = gen:call(M, '$gen_call', Req, infinity),
    R.

%% ---- the manager

init_it(Starter, Parent, Name, _, _, _) ->
    process_flag(trap_exit, true),
    proc_lib:init_ack(Starter, {ok, self()}),
    loop(Parent, Name, [], false).

loop(Parent, Name, Hs, true) -> proc_lib:hibernate(?MODULE, wake_hib, [Parent, {Name, Hs}]);
loop(Parent, Name, Hs, false) ->
    receive Msg -> msg(Parent, Name, Hs, Msg) end.

wake_hib(Parent, {Name, Hs}) ->
    receive Msg -> msg(Parent, Name, Hs, Msg) end.

msg(Parent, Name, Hs, {system, From, Req}) ->
    case gen:system(From, Req, Hs, {fun(X) -> X end, fun(_, X) -> X end}) of
        {continue, Hs1} -> loop(Parent, Name, Hs1, false);
        {terminate, R} -> stop_all(Name, Hs, R)
    end;
msg(Parent, Name, Hs, {'EXIT', Parent, R}) -> stop_all(Name, Hs, R);
msg(Parent, Name, Hs, {notify, E}) ->
    {Hib, Hs1} = each(Name, Hs, E, handle_event),
    loop(Parent, Name, Hs1, Hib);
msg(Parent, Name, Hs, {'$gen_call', From, Req}) ->
    {Reply, Hib, Hs1} = req(Name, Hs, Req),
    gen:reply(From, Reply),
    loop(Parent, Name, Hs1, Hib);
msg(Parent, Name, Hs, {'EXIT', Pid, R} = Msg) ->
    Hs1 = lists:filter(fun(#h{sup = S} = H) when S =:= Pid ->
                               _ = term(Name, H, {stop, R}, {parent_terminated, {Pid, R}}, shutdown),
                               false;
                          (_) -> true
                       end, Hs),
    {Hib, Hs2} = each(Name, Hs1, Msg, handle_info),
    loop(Parent, Name, Hs2, Hib);
msg(Parent, Name, Hs, Msg) ->
    {Hib, Hs1} = each(Name, Hs, Msg, handle_info),
    loop(Parent, Name, Hs1, Hib).

req(Name, Hs, {sync_notify, E}) ->
    {Hib, Hs1} = each(Name, Hs, E, handle_event),
    {ok, Hib, Hs1};
req(_, Hs, which) -> {[Id || #h{id = Id} <- Hs], false, Hs};
req(_, Hs, {add, Id, Args, Sup}) ->
    case add(Id, Args, Sup, Hs) of
        {ok, Hib, Hs1} -> {ok, Hib, Hs1};
        {Other, _} -> {Other, false, Hs}
    end;
req(Name, Hs, {delete, Id, Args}) ->
    case lists:keytake(Id, #h.id, Hs) of
        {value, H, Hs1} -> {term(Name, H, Args, delete, normal), false, Hs1};
        false -> {{error, module_not_found}, false, Hs}
    end;
req(Name, Hs, {swap, Id1, A1, Id2, A2, Sup}) ->
    {T, Hs1} = case lists:keytake(Id1, #h.id, Hs) of
                   {value, H, Rest} -> {term(Name, H, A1, swapped, {swapped, Id2, Sup}), Rest};
                   false -> {{error, module_not_found}, Hs}
               end,
    case add(Id2, {A2, T}, Sup, Hs1) of
        {ok, Hib, Hs2} -> {ok, Hib, Hs2};
        {{'EXIT', _} = E, _} -> {{error, E}, false, Hs1};
        {Other, _} -> {{error, Other}, false, Hs1}
    end;
req(Name, Hs, {call, Id, Q}) ->
    case lists:keyfind(Id, #h.id, Hs) of
        false -> {{error, bad_module}, false, Hs};
        #h{mod = Mod, st = St} = H ->
            case catch Mod:handle_call(Q, St) of
                {ok, Reply, St1} -> {Reply, false, replace(H#h{st = St1}, Hs)};
                {ok, Reply, St1, hibernate} -> {Reply, true, replace(H#h{st = St1}, Hs)};
                {swap_handler, Reply, A1, St1, Id2, A2} ->
                    {Hib, New} = swap(Name, H#h{st = St1}, A1, Id2, A2, Q),
                    {Reply, Hib, put_in(Id, New, Hs)};
                {remove_handler, Reply} ->
                    _ = term(Name, H, remove_handler, remove, normal),
                    {Reply, false, lists:keydelete(Id, #h.id, Hs)};
                Other ->
                    _ = term(Name, H, {error, Other}, Q, crash),
                    {{error, Other}, false, lists:keydelete(Id, #h.id, Hs)}
            end
    end;
req(_, Hs, _) -> {{error, bad_request}, false, Hs}.

mod({M, _}) -> M;
mod(M) -> M.

add(Id, Args, Sup, Hs) ->
    Mod = mod(Id),
    case lists:keymember(Id, #h.id, Hs) of
        true -> {{error, already_present}, Hs};
        false ->
            case catch Mod:init(Args) of
                {ok, St} -> {ok, false, [new(Id, Mod, St, Sup) | Hs]};
                {ok, St, hibernate} -> {ok, true, [new(Id, Mod, St, Sup) | Hs]};
                Other -> {Other, Hs}
            end
    end.

new(Id, Mod, St, Sup) ->
    case is_pid(Sup) of
        true -> link(Sup);
        false -> ok
    end,
    #h{id = Id, mod = Mod, st = St, sup = Sup}.

replace(#h{id = Id} = H, Hs) -> lists:keyreplace(Id, #h.id, Hs, H).

%% Runs every handler's Fun on Event: {Hibernate, Handlers}.
each(Name, Hs, E, Fun) -> each(Name, Hs, E, Fun, false, []).

each(_, [], _, _, Hib, Acc) -> {Hib, lists:reverse(Acc)};
each(Name, [#h{mod = Mod, st = St} = H | T], E, Fun, Hib, Acc) ->
    case catch Mod:Fun(E, St) of
        {ok, St1} -> each(Name, T, E, Fun, Hib, [H#h{st = St1} | Acc]);
        {ok, St1, hibernate} -> each(Name, T, E, Fun, true, [H#h{st = St1} | Acc]);
        {swap_handler, A1, St1, Id2, A2} ->
            {Hib1, New} = swap(Name, H#h{st = St1}, A1, Id2, A2, E),
            each(Name, T, E, Fun, Hib orelse Hib1, New ++ Acc);
        remove_handler ->
            _ = term(Name, H, remove_handler, remove, normal),
            each(Name, T, E, Fun, Hib, Acc);
        {'EXIT', {undef, [{Mod, handle_info, [E, St], _} | _]}} when Fun =:= handle_info ->
            logger:log(warning, "** Undefined handle_info in ~tp~n** Unhandled message: ~tp~n",
                       [Mod, E], #{domain => [otp]}),
            each(Name, T, E, Fun, Hib, [H | Acc]);
        Other ->
            _ = term(Name, H, {error, Other}, E, crash),
            each(Name, T, E, Fun, Hib, Acc)
    end.

put_in(Id, New, [#h{id = Id} | T]) -> New ++ T;
put_in(Id, New, [H | T]) -> [H | put_in(Id, New, T)].

%% Terminates H, then starts Id2 with {A2, the result of terminate}:
%% {Hibernate, [NewHandler] or []}.
swap(Name, #h{sup = Sup} = H, A1, Id2, A2, Last) ->
    T = term(Name, H, A1, Last, {swapped, Id2, Sup}),
    Mod2 = mod(Id2),
    case catch Mod2:init({A2, T}) of
        {ok, St} -> {false, [new(Id2, Mod2, St, Sup)]};
        {ok, St, hibernate} -> {true, [new(Id2, Mod2, St, Sup)]};
        Other ->
            report(Name, Id2, Other, T, swapped),
            notify_sup(Sup, Id2, Other),
            {false, []}
    end.

%% Calls terminate (when exported) and tells the supervising process; the
%% result of terminate.
term(Name, #h{id = Id, mod = Mod, st = St, sup = Sup}, Args, Last, How) ->
    Res = case gen:cb(Mod, terminate, [Args, St]) of
              {ok, R} -> R;
              missing -> ok;
              {'EXIT', error, R, S} -> {'EXIT', {R, S}};
              {'EXIT', _, R, _} -> {'EXIT', R}
          end,
    Why = case {How, Args} of
              {crash, {error, W}} -> W;
              _ -> How
          end,
    case Why of
        normal -> ok;
        shutdown -> ok;
        {swapped, _, _} -> ok;
        _ -> report(Name, Id, Why, St, Last)
    end,
    notify_sup(Sup, Id, Why),
    Res.

notify_sup(Sup, Id, Why) when is_pid(Sup) ->
    unlink(Sup),
    Sup ! {gen_event_EXIT, Id, Why},
    ok;
notify_sup(_, _, _) -> ok.

report(Name, Id, Why, St, Last) ->
    logger:log(error, "** gen_event handler ~tp crashed.~n** Was installed in ~tp~n"
               "** Last event was: ~tp~n** When handler state == ~tp~n** Reason == ~tp~n",
               [Id, gen:name(Name), Last, St, Why], #{domain => [otp]}).

stop_all(Name, Hs, R) ->
    [term(Name, H, stop, stop, shutdown) || H <- Hs],
    exit(R).
