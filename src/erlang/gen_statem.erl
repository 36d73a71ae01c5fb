%% gen_statem: OTP 25's generic state machine behaviour, our own
%% implementation. Callback modes state_functions and handle_event_function,
%% state enter calls, event/state/generic timeouts (with cancel, update and
%% {abs, true}), postpone, next_event, replies as actions, hibernation,
%% change/push/pop_callback_module, and OTP's error reasons
%% ({bad_return_from_state_function, R}, {bad_action_from_state_function, A}...).
-module(gen_statem).

-export([start/3, start/4, start_link/3, start_link/4, start_monitor/3, start_monitor/4,
         stop/1, stop/3, call/2, call/3, cast/2, reply/1, reply/2,
         send_request/2, wait_response/2, receive_response/2, check_response/2,
         enter_loop/4, enter_loop/5, enter_loop/6,
         init_it/6, wake/2, format_log/1]).

-callback init(Args :: term()) -> term().
-callback callback_mode() -> term().
-callback terminate(Reason :: term(), State :: term(), Data :: term()) -> term().
-callback code_change(OldVsn :: term(), State :: term(), Data :: term(), Extra :: term()) -> term().
-callback handle_event(Type :: term(), Content :: term(), State :: term(), Data :: term()) -> term().
-optional_callbacks([terminate/3, code_change/4, handle_event/4]).

%% Fixed per server: parent, name, callback module stack, options.
-record(m, {parent, name, mods = [], hib_after = infinity, mode}).

%% The machine: postponed events (newest first), running timers
%% (Type => {TRef, Content}), the pending event timeout ({Time, Content} or
%% none), events to handle before the mailbox.
-record(s, {state, data, postponed = [], timers = #{}, etimeout = none, queue = [],
            hibernate = false}).

start(M, A, O) -> gen:start(?MODULE, nolink, M, A, O).

start(N, M, A, O) -> gen:start(?MODULE, nolink, N, M, A, O).

start_link(M, A, O) -> gen:start(?MODULE, link, M, A, O).

start_link(N, M, A, O) -> gen:start(?MODULE, link, N, M, A, O).

start_monitor(M, A, O) -> gen:start(?MODULE, monitor, M, A, O).

start_monitor(N, M, A, O) -> gen:start(?MODULE, monitor, N, M, A, O).

stop(S) -> gen:stop(S).

stop(S, R, T) -> gen:stop(S, R, T).

call(S, Req) -> call(S, Req, infinity).

call(S, Req, T) ->
    T1 = case T of
             {dirty_timeout, X} -> X;
             {clean_timeout, X} -> X;
             X -> X
         end,
    case catch gen:call(S, '$gen_call', Req, T1) of
        {ok, Res} -> Res;
        {'EXIT', Why} -> exit({Why, {?MODULE, call, [S, Req, T]}})
    end.

cast(S, Msg) ->
    _ = (catch erlang:send(S, {'$gen_cast', Msg})),
    ok.

reply({reply, From, R}) -> reply(From, R);
reply(Rs) when is_list(Rs) -> lists:foreach(fun reply/1, Rs).

reply(From, R) -> gen:reply(From, R).

send_request(S, Req) -> gen:send_request(S, '$gen_call', Req).

wait_response(Id, T) -> gen:wait_response(Id, T).

receive_response(Id, T) -> gen:receive_response(Id, T).

check_response(Msg, Id) -> gen:check_response(Msg, Id).

enter_loop(Mod, Opts, State, Data) -> enter_loop(Mod, Opts, State, Data, self, []).

enter_loop(Mod, Opts, State, Data, {local, _} = N) -> enter_loop(Mod, Opts, State, Data, N, []);
enter_loop(Mod, Opts, State, Data, Actions) -> enter_loop(Mod, Opts, State, Data, self, Actions).

enter_loop(Mod, Opts, State, Data, N, Actions) ->
    M = #m{parent = gen:get_parent(), name = N, mods = [Mod],
           hib_after = gen:opt(hibernate_after, Opts, infinity)},
    begin_machine(M, State, Data, Actions).

init_it(Starter, Parent, Name, Mod, Args, Opts) ->
    M = #m{parent = Parent, name = Name, mods = [Mod], hib_after = gen:opt(hibernate_after, Opts, infinity)},
    case gen:cb(Mod, init, [Args]) of
        {ok, {ok, St, D}} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            begin_machine(M, St, D, []);
        {ok, {ok, St, D, As}} ->
            proc_lib:init_ack(Starter, {ok, self()}),
            begin_machine(M, St, D, As);
        {ok, {stop, R}} ->
            init_fail(Name, Starter, {error, R}),
            exit(R);
        {ok, ignore} ->
            init_fail(Name, Starter, ignore),
            exit(normal);
        {ok, Other} ->
            E = {bad_return_from_init, Other},
            init_fail(Name, Starter, {error, E}),
            exit(E);
        missing ->
            init_fail(Name, Starter, {error, {undef, []}}),
            erlang:error(undef, [Args]);
        {'EXIT', C, R, S} ->
            init_fail(Name, Starter, {error, R}),
            erlang:raise(C, R, S)
    end.

init_fail(Name, Starter, Ret) ->
    gen:unregister_name(Name),
    proc_lib:init_ack(Starter, Ret).

why(error, R, S) -> {R, S};
why(exit, R, _) -> R;
why(throw, R, S) -> {{nocatch, R}, S}.

%% The callback mode of the current module: {state_functions |
%% handle_event_function, Enter}.
mode(Mod) ->
    CM = case gen:cb(Mod, callback_mode, []) of
             {ok, X} -> X;
             _ -> undefined
         end,
    L = if
            is_list(CM) -> CM;
            true -> [CM]
        end,
    Enter = lists:member(state_enter, L),
    case [X || X <- L, X =/= state_enter] of
        [state_functions] -> {state_functions, Enter};
        [handle_event_function] -> {handle_event_function, Enter};
        _ -> error({bad_callback_mode, CM})
    end.

begin_machine(M, St, D, Actions) ->
    S = #s{state = St, data = D},
    try mode(hd(M#m.mods)) of
        Mode -> transition(M#m{mode = Mode}, S, none, St, {next_state, St, D, Actions})
    catch
        error:E:Stk -> terminate(error, E, Stk, M, S)
    end.

wake(M, S) ->
    receive Msg -> msg(M, S, Msg) end.

%% Handle queued events first; then the event timeout; then the mailbox.
next(M, #s{queue = [E | Q]} = S) -> event(M, S#s{queue = Q}, E);
next(M, #s{etimeout = {0, C}} = S) -> event(M, S, {timeout, C});
next(M, #s{hibernate = true} = S) -> proc_lib:hibernate(?MODULE, wake, [M, S#s{hibernate = false}]);
next(M, #s{etimeout = {T, C}} = S) ->
    receive Msg -> msg(M, S, Msg)
    after T -> event(M, S, {timeout, C})
    end;
next(#m{hib_after = infinity} = M, S) ->
    receive Msg -> msg(M, S, Msg) end;
next(#m{hib_after = H} = M, S) ->
    receive Msg -> msg(M, S, Msg)
    after H -> next(M, S#s{hibernate = true})
    end.

msg(M, S, {system, From, Req}) ->
    Get = fun(#s{state = St, data = D}) -> {St, D} end,
    Set = fun(S0, {St, D}) -> S0#s{state = St, data = D} end,
    case gen:system(From, Req, S, {Get, Set}) of
        {continue, S1} -> next(M, S1);
        {terminate, R} -> terminate(exit, R, [], M, S)
    end;
msg(#m{parent = P} = M, S, {'EXIT', P, R}) when P =/= self() -> terminate(exit, R, [], M, S);
msg(M, S, {'$gen_call', From, Req}) -> event(M, S, {{call, From}, Req});
msg(M, S, {'$gen_cast', C}) -> event(M, S, {cast, C});
msg(M, #s{timers = Ts} = S, {timeout, TRef, Type} = Msg) when is_reference(TRef) ->
    case Ts of
        #{Type := {TRef, C}} -> event(M, S#s{timers = maps:remove(Type, Ts)}, {Type, C});
        _ -> event(M, S, {info, Msg})
    end;
msg(M, S, Msg) -> event(M, S, {info, Msg}).

%% One event through the state callback.
event(M, #s{state = St, data = D} = S0, {Type, C} = E) ->
    S = S0#s{etimeout = none},
    #m{mode = {Fun, _}, mods = [Mod | _]} = M,
    Args = case Fun of
               state_functions -> [Type, C, D];
               handle_event_function -> [Type, C, St, D]
           end,
    F = case Fun of
            state_functions -> St;
            handle_event_function -> handle_event
        end,
    case call_state(Mod, F, Args) of
        {ok, Res} -> transition(M, S, E, St, Res);
        {'EXIT', Cl, R, Stk} -> terminate(Cl, R, Stk, M, S)
    end.

call_state(Mod, F, Args) ->
    try {ok, apply(Mod, F, Args)}
    catch
        throw:R -> {ok, R};
        Cl:R:Stk -> {'EXIT', Cl, R, Stk}
    end.

%% Result of a state callback (E = the event, none after init).
transition(M, #s{data = D} = S, E, St, Res) ->
    case parse(Res, St, D) of
        {stop, R, D1, Replies} ->
            try lists:foreach(fun({reply, From, Rep}) -> gen:reply(From, Rep);
                                 (X) -> error({bad_action_from_state_function, X})
                              end, Replies)
            catch error:Er:Stk0 -> terminate(error, Er, Stk0, M, S#s{data = D1})
            end,
            terminate(exit, R, [], M, S#s{data = D1});
        {Kind, NSt, D1, As} ->
            try actions(as_list(As), false, #{postpone => false, next => [], timeouts => [], mods => M#m.mods}) of
                Acc ->
                    #{postpone := Post, next := Next, timeouts := Touts} = Acc,
                    M1 = mods(M, maps:get(mods, Acc)),
                    {_, Enter} = M1#m.mode,
                    Changed = NSt =/= St,
                    Postponed = case Post andalso E =/= none of
                                    true -> [E | S#s.postponed];
                                    false -> S#s.postponed
                                end,
                    S1 = case Changed of
                             true ->
                                 S#s{queue = lists:reverse(Next) ++ lists:reverse(Postponed) ++ S#s.queue,
                                     postponed = []};
                             false ->
                                 S#s{queue = lists:reverse(Next) ++ S#s.queue, postponed = Postponed}
                         end,
                    S2 = S1#s{state = NSt, data = D1, hibernate = maps:get(hibernate, Acc, false)},
                    case Enter andalso (Changed orelse Kind =:= repeat orelse E =:= none) of
                        true -> enter(M1, S2, St, Touts, Changed);
                        false -> timeouts(M1, S2, Touts, Changed)
                    end
            catch
                error:Er:Stk -> terminate(error, Er, Stk, M, S#s{state = NSt, data = D1})
            end;
        {bad, Er} ->
            try error(Er) catch error:Er:Stk -> terminate(error, Er, Stk, M, S) end
    end.

%% The state enter call after a transition into S#s.state from Old.
enter(M, #s{state = St, data = D} = S, Old, Touts0, Changed) ->
    #m{mode = {Fun, _}, mods = [Mod | _]} = M,
    {F, Args} = case Fun of
                    state_functions -> {St, [enter, Old, D]};
                    handle_event_function -> {handle_event, [enter, Old, St, D]}
                end,
    case call_state(Mod, F, Args) of
        {'EXIT', Cl, R, Stk} -> terminate(Cl, R, Stk, M, S);
        {ok, Res} ->
            case parse(Res, St, D) of
                {stop, R, D1, Replies} ->
                    lists:foreach(fun({reply, From, Rep}) -> gen:reply(From, Rep); (_) -> ok end, Replies),
                    terminate(exit, R, [], M, S#s{data = D1});
                {Kind, NSt, D1, As} when NSt =:= St ->
                    try actions(as_list(As), true, #{postpone => false, next => [], timeouts => [], mods => M#m.mods}) of
                        Acc ->
                            M1 = mods(M, maps:get(mods, Acc)),
                            S1 = S#s{data = D1, hibernate = S#s.hibernate orelse maps:get(hibernate, Acc, false)},
                            Touts = Touts0 ++ maps:get(timeouts, Acc),
                            case Kind of
                                repeat -> enter(M1, S1, Old, Touts, Changed);
                                _ -> timeouts(M1, S1, Touts, Changed)
                            end
                    catch
                        error:Er:Stk -> terminate(error, Er, Stk, M, S#s{data = D1})
                    end;
                _ ->
                    Er = {bad_state_enter_return_from_state_function, Res},
                    try error(Er) catch error:Er:Stk -> terminate(error, Er, Stk, M, S) end
            end
    end.

mods(#m{mods = Ms} = M, Ms) -> M;
mods(M, Ms) -> M#m{mods = Ms, mode = mode(hd(Ms))}.

as_list(L) when is_list(L) -> L;
as_list(A) -> [A].

parse({next_state, NSt, D1}, _, _) -> {next, NSt, D1, []};
parse({next_state, NSt, D1, As}, _, _) -> {next, NSt, D1, As};
parse({keep_state, D1}, St, _) -> {keep, St, D1, []};
parse({keep_state, D1, As}, St, _) -> {keep, St, D1, As};
parse(keep_state_and_data, St, D) -> {keep, St, D, []};
parse({keep_state_and_data, As}, St, D) -> {keep, St, D, As};
parse({repeat_state, D1}, St, _) -> {repeat, St, D1, []};
parse({repeat_state, D1, As}, St, _) -> {repeat, St, D1, As};
parse(repeat_state_and_data, St, D) -> {repeat, St, D, []};
parse({repeat_state_and_data, As}, St, D) -> {repeat, St, D, As};
parse({stop, R}, _, D) -> {stop, R, D, []};
parse({stop, R, D1}, _, _) -> {stop, R, D1, []};
parse({stop_and_reply, R, Rs}, _, D) -> {stop, R, D, as_list(Rs)};
parse({stop_and_reply, R, Rs, D1}, _, _) -> {stop, R, D1, as_list(Rs)};
parse(Other, _, _) -> {bad, {bad_return_from_state_function, Other}}.

%% Walks the actions: replies go out at once; the rest is collected.
actions([A | T], Enter, Acc) -> actions(T, Enter, action(A, Enter, Acc));
actions([], _, Acc) -> Acc.

action(postpone, Enter, Acc) -> action({postpone, true}, Enter, Acc);
action({postpone, B} = A, Enter, Acc) when is_boolean(B) ->
    case Enter of
        true -> bad(A, Enter);
        false -> Acc#{postpone => B}
    end;
action({next_event, Type, C} = A, Enter, #{next := N} = Acc) ->
    case Enter orelse not event_type(Type) of
        true -> bad(A, Enter);
        false -> Acc#{next => [{Type, C} | N]}
    end;
action({reply, From, R}, _, Acc) ->
    gen:reply(From, R),
    Acc;
action(hibernate, _, Acc) -> Acc#{hibernate => true};
action({hibernate, B}, _, Acc) when is_boolean(B) -> Acc#{hibernate => B};
action(T, _, Acc) when T =:= infinity; is_integer(T), T >= 0 -> tout(Acc, {timeout, T, T, []});
action({change_callback_module, Mod}, _, #{mods := [_ | Ms]} = Acc) when is_atom(Mod) ->
    Acc#{mods => [Mod | Ms]};
action({push_callback_module, Mod}, _, #{mods := Ms} = Acc) when is_atom(Mod) ->
    Acc#{mods => [Mod | Ms]};
action(pop_callback_module = A, Enter, #{mods := Ms} = Acc) ->
    case Ms of
        [_, M2 | Rest] -> Acc#{mods => [M2 | Rest]};
        _ -> bad(A, Enter)
    end;
action({Type, cancel} = A, Enter, Acc) ->
    case timeout_type(Type) of
        true -> tout(Acc, {Type, cancel});
        false -> bad(A, Enter)
    end;
action({Type, update, C} = A, Enter, Acc) ->
    case timeout_type(Type) of
        true -> tout(Acc, {Type, update, C});
        false -> bad(A, Enter)
    end;
action({Type, T, C}, Enter, Acc) -> action({Type, T, C, []}, Enter, Acc);
action({Type, T, C, Opts} = A, Enter, Acc) ->
    case timeout_type(Type) andalso is_list(Opts) andalso
        (T =:= infinity orelse is_integer(T) andalso (T >= 0 orelse lists:member({abs, true}, Opts))) of
        true -> tout(Acc, {Type, T, C, Opts});
        false -> bad(A, Enter)
    end;
action(A, Enter, _) -> bad(A, Enter).

tout(#{timeouts := Ts} = Acc, T) -> Acc#{timeouts => Ts ++ [T]}.

bad(A, true) -> error({bad_state_enter_action_from_state_function, A});
bad(A, false) -> error({bad_action_from_state_function, A}).

timeout_type(timeout) -> true;
timeout_type(state_timeout) -> true;
timeout_type({timeout, _}) -> true;
timeout_type(_) -> false.

event_type({call, {P, _}}) when is_pid(P) -> true;
event_type(cast) -> true;
event_type(info) -> true;
event_type(internal) -> true;
event_type(T) -> timeout_type(T).

%% Applies the timeout actions of a transition, then handles the next event.
timeouts(M, S0, Touts, Changed) ->
    S1 = case Changed andalso not lists:any(fun(T) -> element(1, T) =:= state_timeout end, Touts) of
             true -> cancel(state_timeout, S0);
             false -> S0
         end,
    S = lists:foldl(fun set_timeout/2, S1, Touts),
    next(M, S).

set_timeout({timeout, cancel}, S) -> S#s{etimeout = none};
set_timeout({timeout, update, C}, #s{etimeout = E} = S) ->
    case E of
        {T, _} -> S#s{etimeout = {T, C}};
        none -> S#s{etimeout = {0, C}}
    end;
set_timeout({timeout, infinity, _, _}, S) -> S#s{etimeout = none};
set_timeout({timeout, T, C, Opts}, S) ->
    S#s{etimeout = {case lists:member({abs, true}, Opts) of
                        true -> max(0, T - erlang:monotonic_time(millisecond));
                        false -> T
                    end, C}};
set_timeout({Type, cancel}, S) -> cancel(Type, S);
set_timeout({Type, update, C}, #s{timers = Ts} = S) ->
    case Ts of
        #{Type := {TRef, _}} -> S#s{timers = Ts#{Type => {TRef, C}}};
        _ -> S#s{queue = S#s.queue ++ [{Type, C}]}
    end;
set_timeout({Type, infinity, _, _}, S) -> cancel(Type, S);
set_timeout({Type, 0, C, Opts}, S) when Opts =:= []; Opts =:= [{abs, false}] ->
    S1 = cancel(Type, S),
    S1#s{queue = S1#s.queue ++ [{Type, C}]};
set_timeout({Type, T, C, Opts}, S) ->
    #s{timers = Ts} = S1 = cancel(Type, S),
    TRef = erlang:start_timer(T, self(), Type, Opts),
    S1#s{timers = Ts#{Type => {TRef, C}}}.

cancel(Type, #s{timers = Ts} = S) ->
    case Ts of
        #{Type := {TRef, _}} ->
            case erlang:cancel_timer(TRef) of
                false -> receive {timeout, TRef, _} -> ok after 0 -> ok end;
                _ -> ok
            end,
            S#s{timers = maps:remove(Type, Ts)};
        _ -> S
    end.

terminate(Cl, R, Stk, #m{mods = [Mod | _]} = M, #s{state = St, data = D} = S) ->
    Why = why(Cl, R, Stk),
    case gen:cb(Mod, terminate, [R, St, D]) of
        {'EXIT', C2, R2, S2} ->
            report(M, S, why(C2, R2, S2)),
            erlang:raise(C2, R2, S2);
        _ -> ok
    end,
    case Why of
        normal -> ok;
        shutdown -> ok;
        {shutdown, _} -> ok;
        _ -> report(M, S, Why)
    end,
    erlang:raise(Cl, R, Stk).

report(#m{name = N, mods = [Mod | _]}, #s{state = St, data = D, queue = Q, postponed = P}, Why) ->
    logger:log(error, #{label => {gen_statem, terminate}, name => gen:name(N), callback_mode => Mod,
                        queue => Q, postponed => P, state => {St, D}, reason => Why},
               #{domain => [otp], report_cb => fun gen_statem:format_log/1,
                 error_logger => #{tag => error}}).

format_log(#{label := {gen_statem, terminate}, name := N, queue := Q, state := St, reason := R}) ->
    {"** State machine ~tp terminating~n** Last event = ~tp~n** When server state  = ~tp~n"
     "** Reason for termination = ~tp~n", [N, case Q of [E | _] -> E; _ -> undefined end, St, R]}.
