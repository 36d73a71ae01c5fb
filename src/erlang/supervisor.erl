%% supervisor: OTP 25's supervisor behaviour, our own implementation (a
%% gen_server callback module, as in OTP). Strategies one_for_one,
%% one_for_all, rest_for_one and simple_one_for_one; restart intensity and
%% period; permanent, transient and temporary children; shutdown brutal_kill,
%% a timeout or infinity; child specs as maps or 6-tuples; auto_shutdown with
%% significant children. Results, error tuples and the child record inside
%% them have OTP's shapes. Children are kept newest first, as which_children
%% shows them.
-module(supervisor).
-behaviour(gen_server).

-export([start_link/2, start_link/3, start_child/2, restart_child/2, delete_child/2,
         terminate_child/2, which_children/1, count_children/1, get_childspec/2,
         check_childspecs/1, check_childspecs/2]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2, code_change/3,
         format_log/1]).

-callback init(Args :: term()) -> term().

-record(child, {pid = undefined, id, mfargs, restart_type = permanent, significant = false,
                shutdown = 5000, child_type = worker, modules = []}).
%% children: #child{} list, newest first; for simple_one_for_one the
%% template is the only child and dyn maps Pid (or {restarting, OldPid}) to
%% the start arguments.
-record(st, {name, strategy, children = [], dyn = #{}, intensity = 1, period = 5,
             restarts = [], auto_shutdown = never, mod, args}).

-define(SIMPLE(S), S#st.strategy =:= simple_one_for_one).

start_link(Mod, Args) -> gen_server:start_link(?MODULE, {self, Mod, Args}, []).

start_link(Name, Mod, Args) -> gen_server:start_link(Name, ?MODULE, {Name, Mod, Args}, []).

call(S, Req) -> gen_server:call(S, Req, infinity).

start_child(S, Spec) -> call(S, {start_child, Spec}).

restart_child(S, Id) -> call(S, {restart_child, Id}).

delete_child(S, Id) -> call(S, {delete_child, Id}).

terminate_child(S, Id) -> call(S, {terminate_child, Id}).

which_children(S) -> call(S, which_children).

count_children(S) -> call(S, count_children).

get_childspec(S, Id) -> call(S, {get_childspec, Id}).

check_childspecs(Specs) -> check_childspecs(Specs, undefined).

check_childspecs(Specs, AutoShutdown) when is_list(Specs) ->
    case check_specs(Specs, auto(AutoShutdown)) of
        {ok, _} -> ok;
        E -> E
    end;
check_childspecs(X, _) -> {error, {badarg, X}}.

auto(undefined) -> never;
auto(A) -> A.

%% ---- gen_server callbacks

init({Name, Mod, Args}) ->
    process_flag(trap_exit, true),
    SupName = case Name of
                  self -> {self(), Mod};
                  {local, N} -> N;
                  _ -> Name
              end,
    case Mod:init(Args) of
        {ok, {Flags, Specs}} ->
            case flags(Flags) of
                {ok, Strat, I, P, Auto} ->
                    St = #st{name = SupName, strategy = Strat, intensity = I, period = P,
                             auto_shutdown = Auto, mod = Mod, args = Args},
                    init_children(St, Specs);
                {error, E} -> {stop, {supervisor_data, E}}
            end;
        ignore -> ignore;
        Other -> {stop, {bad_return, {Mod, init, Other}}}
    end.

flags(M) when is_map(M) ->
    flags({maps:get(strategy, M, one_for_one), maps:get(intensity, M, 1), maps:get(period, M, 5)},
          maps:get(auto_shutdown, M, never));
flags({S, I, P}) -> flags({S, I, P}, never);
flags(F) -> {error, {invalid_type, F}}.

flags({S, I, P}, A) ->
    case lists:member(S, [one_for_one, one_for_all, rest_for_one, simple_one_for_one]) of
        false -> {error, {invalid_strategy, S}};
        true when not is_integer(I); I < 0 -> {error, {invalid_intensity, I}};
        true when not is_integer(P); P =< 0 -> {error, {invalid_period, P}};
        true ->
            case lists:member(A, [never, any_significant, all_significant]) of
                true -> {ok, S, I, P, A};
                false -> {error, {invalid_auto_shutdown, A}}
            end
    end.

init_children(St, Specs) when ?SIMPLE(St) ->
    case Specs of
        [Spec] ->
            case check_spec(Spec, St#st.auto_shutdown) of
                {ok, C} -> {ok, St#st{children = [C]}};
                {error, E} -> {stop, {start_spec, E}}
            end;
        _ -> {stop, {bad_start_spec, Specs}}
    end;
init_children(St, Specs) ->
    case check_specs(Specs, St#st.auto_shutdown) of
        {ok, Cs} ->
            case start_children(lists:reverse(Cs), [], St#st.name) of
                {ok, Started} -> {ok, St#st{children = Started}};
                {error, Started, Why} ->
                    _ = terminate_children(Started, St#st.name),
                    {stop, {shutdown, Why}}
            end;
        {error, E} -> {stop, {start_spec, E}}
    end.

%% Starts the children in ToStart (oldest first) onto Acc (newest first).
%% {ok, Children} or {error, Children, {failed_to_start_child, Id, Reason}}.
start_children([C | T], Acc, Name) ->
    case start(C) of
        {ok, undefined} when C#child.restart_type =:= temporary -> start_children(T, Acc, Name);
        {ok, Pid} -> start_children(T, [C#child{pid = Pid} | Acc], Name);
        {ok, Pid, _} -> start_children(T, [C#child{pid = Pid} | Acc], Name);
        {error, R} ->
            report(start_error, R, C, Name),
            {error, lists:reverse(T) ++ [C | Acc], {failed_to_start_child, C#child.id, R}}
    end;
start_children([], Acc, _) -> {ok, Acc}.

start(#child{mfargs = {M, F, A}}) -> start_mfa(M, F, A).

start_mfa(M, F, A) ->
    case catch apply(M, F, A) of
        {ok, Pid} when is_pid(Pid) -> {ok, Pid};
        {ok, Pid, Extra} when is_pid(Pid) -> {ok, Pid, Extra};
        ignore -> {ok, undefined};
        {error, _} = E -> E;
        What -> {error, What}
    end.

handle_call({start_child, Args}, _From, #st{children = [T]} = St) when ?SIMPLE(St) ->
    {M, F, A} = T#child.mfargs,
    case start_mfa(M, F, A ++ Args) of
        {ok, undefined} -> {reply, {ok, undefined}, St};
        {ok, Pid} = R -> {reply, R, dyn_put(Pid, Args, St)};
        {ok, Pid, _} = R -> {reply, R, dyn_put(Pid, Args, St)};
        E -> {reply, E, St}
    end;
handle_call({start_child, Spec}, _From, St) ->
    case check_spec(Spec, St#st.auto_shutdown) of
        {ok, C} ->
            case lists:keyfind(C#child.id, #child.id, St#st.children) of
                #child{pid = undefined} -> {reply, {error, already_present}, St};
                #child{pid = P} -> {reply, {error, {already_started, P}}, St};
                false ->
                    case start(C) of
                        {ok, undefined} when C#child.restart_type =:= temporary -> {reply, {ok, undefined}, St};
                        {ok, P} = R -> {reply, R, add(C#child{pid = P}, St)};
                        {ok, P, _} = R -> {reply, R, add(C#child{pid = P}, St)};
                        {error, What} -> {reply, {error, {What, C}}, St}
                    end
            end;
        E -> {reply, E, St}
    end;
handle_call({terminate_child, Id}, _From, St) when ?SIMPLE(St) ->
    case is_pid(Id) of
        false -> {reply, {error, simple_one_for_one}, St};
        true ->
            case maps:is_key(Id, St#st.dyn) of
                true ->
                    [T] = St#st.children,
                    shutdown_child(T#child{pid = Id}, St#st.name),
                    {reply, ok, St#st{dyn = maps:remove(Id, St#st.dyn)}};
                false ->
                    case is_process_alive(Id) of
                        true -> {reply, {error, not_found}, St};
                        false -> {reply, ok, St}
                    end
            end
    end;
handle_call({terminate_child, Id}, _From, St) ->
    case find(Id, St) of
        #child{} = C ->
            shutdown_child(C, St#st.name),
            {reply, ok, del_child(C, St)};
        false -> {reply, {error, not_found}, St}
    end;
handle_call({restart_child, _}, _From, St) when ?SIMPLE(St) -> {reply, {error, simple_one_for_one}, St};
handle_call({restart_child, Id}, _From, St) ->
    case find(Id, St) of
        #child{pid = undefined} = C ->
            case start(C) of
                {ok, P} = R -> {reply, R, replace(C#child{pid = P}, St)};
                {ok, P, _} = R -> {reply, R, replace(C#child{pid = P}, St)};
                E -> {reply, E, St}
            end;
        #child{pid = {restarting, _}} -> {reply, {error, restarting}, St};
        #child{} -> {reply, {error, running}, St};
        false -> {reply, {error, not_found}, St}
    end;
handle_call({delete_child, _}, _From, St) when ?SIMPLE(St) -> {reply, {error, simple_one_for_one}, St};
handle_call({delete_child, Id}, _From, St) ->
    case find(Id, St) of
        #child{pid = undefined, id = CId} ->
            {reply, ok, St#st{children = lists:keydelete(CId, #child.id, St#st.children)}};
        #child{pid = {restarting, _}} -> {reply, {error, restarting}, St};
        #child{} -> {reply, {error, running}, St};
        false -> {reply, {error, not_found}, St}
    end;
handle_call({get_childspec, Id}, _From, #st{children = [T]} = St) when ?SIMPLE(St) ->
    case is_pid(Id) andalso not maps:is_key(Id, St#st.dyn) of
        true -> {reply, {error, not_found}, St};
        false -> {reply, {ok, spec_map(T)}, St}
    end;
handle_call({get_childspec, Id}, _From, St) ->
    case find(Id, St) of
        #child{} = C -> {reply, {ok, spec_map(C)}, St};
        false -> {reply, {error, not_found}, St}
    end;
handle_call(which_children, _From, #st{children = [T]} = St) when ?SIMPLE(St) ->
    #child{child_type = Ty, modules = Ms} = T,
    {reply, [{undefined, show(P), Ty, Ms} || P <- dyn_keys(St)], St};
handle_call(which_children, _From, St) ->
    {reply, [{Id, show(P), Ty, Ms} || #child{id = Id, pid = P, child_type = Ty, modules = Ms} <- St#st.children], St};
handle_call(count_children, _From, #st{children = [T]} = St) when ?SIMPLE(St) ->
    Ps = dyn_keys(St),
    N = length(Ps),
    Active = length([P || P <- Ps, is_pid(P), is_process_alive(P)]),
    {S, W} = case T#child.child_type of
                 supervisor -> {N, 0};
                 worker -> {0, N}
             end,
    {reply, [{specs, 1}, {active, Active}, {supervisors, S}, {workers, W}], St};
handle_call(count_children, _From, St) ->
    Cs = St#st.children,
    Active = length([P || #child{pid = P} <- Cs, is_pid(P), is_process_alive(P)]),
    S = length([x || #child{child_type = supervisor} <- Cs]),
    {reply, [{specs, length(Cs)}, {active, Active}, {supervisors, S}, {workers, length(Cs) - S}], St};
handle_call(Req, _From, St) ->
    logger:log(error, "Supervisor received unexpected call: ~tp~n", [Req], #{domain => [otp]}),
    {reply, ignore, St}.

handle_cast({try_again_restart, Key}, St) ->
    C = case ?SIMPLE(St) of
            true ->
                case maps:is_key(Key, St#st.dyn) of
                    true -> (hd(St#st.children))#child{pid = Key};
                    false -> false
                end;
            false -> lists:keyfind(Key, #child.id, St#st.children)
        end,
    case C of
        #child{pid = {restarting, _}} ->
            case restart(C, St) of
                {ok, St1} -> {noreply, St1};
                {shutdown, St1} -> {stop, shutdown, St1}
            end;
        _ -> {noreply, St}
    end;
handle_cast(_, St) -> {noreply, St}.

handle_info({'EXIT', Pid, Reason}, St) ->
    case exited(Pid, Reason, St) of
        {ok, St1} -> {noreply, St1};
        {shutdown, St1} -> {stop, shutdown, St1}
    end;
handle_info(Msg, St) ->
    logger:log(error, "Supervisor received unexpected message: ~tp~n", [Msg], #{domain => [otp]}),
    {noreply, St}.

terminate(_Reason, #st{children = [T]} = St) when ?SIMPLE(St) ->
    shutdown_dynamic(T, [P || P <- dyn_keys(St), is_pid(P)], St#st.name);
terminate(_Reason, St) ->
    _ = terminate_children(St#st.children, St#st.name),
    ok.

code_change(_, St, _) -> {ok, St}.

%% ---- children

find(Id, St) when is_pid(Id) -> lists:keyfind(Id, #child.pid, St#st.children);
find(Id, St) -> lists:keyfind(Id, #child.id, St#st.children).

add(C, St) -> St#st{children = [C | St#st.children]}.

replace(C, St) -> St#st{children = lists:keyreplace(C#child.id, #child.id, St#st.children, C)}.

show({restarting, _}) -> restarting;
show(P) -> P.

dyn_put(Pid, Args, St) -> St#st{dyn = maps:put(Pid, Args, St#st.dyn)}.

dyn_keys(St) -> maps:keys(St#st.dyn).

spec_map(#child{id = Id, mfargs = MFA, restart_type = R, significant = Sig, shutdown = SD,
                child_type = T, modules = Ms}) ->
    #{id => Id, start => MFA, restart => R, significant => Sig, shutdown => SD, type => T, modules => Ms}.

%% A child that ended without being restarted: temporary children go away,
%% the others stay without a pid.
del_child(#child{pid = P}, St) when ?SIMPLE(St) -> St#st{dyn = maps:remove(P, St#st.dyn)};
del_child(#child{restart_type = temporary, id = Id}, St) ->
    St#st{children = lists:keydelete(Id, #child.id, St#st.children)};
del_child(C, St) -> replace(C#child{pid = undefined}, St).

exited(Pid, Reason, St) when ?SIMPLE(St) ->
    case maps:is_key(Pid, St#st.dyn) of
        true -> child_exit(Reason, (hd(St#st.children))#child{pid = Pid}, St);
        false -> {ok, St}
    end;
exited(Pid, Reason, St) ->
    case lists:keyfind(Pid, #child.pid, St#st.children) of
        #child{} = C -> child_exit(Reason, C, St);
        false -> {ok, St}
    end.

child_exit(Reason, #child{restart_type = RT} = C, St) ->
    Clean = Reason =:= normal orelse Reason =:= shutdown orelse
        (is_tuple(Reason) andalso tuple_size(Reason) =:= 2 andalso element(1, Reason) =:= shutdown),
    if
        RT =:= permanent; RT =:= transient, not Clean ->
            report(child_terminated, Reason, C, St#st.name),
            restart(C, St);
        true ->
            if
                not Clean -> report(child_terminated, Reason, C, St#st.name);
                true -> ok
            end,
            maybe_auto_shutdown(C, del_child(C, St))
    end.

maybe_auto_shutdown(#child{significant = true}, #st{auto_shutdown = any_significant} = St) ->
    {shutdown, St};
maybe_auto_shutdown(#child{significant = true}, #st{auto_shutdown = all_significant} = St) ->
    case [x || #child{significant = true, pid = P} <- St#st.children, P =/= undefined] of
        [] -> {shutdown, St};
        _ -> {ok, St}
    end;
maybe_auto_shutdown(_, St) -> {ok, St}.

restart(C, St) ->
    Now = erlang:monotonic_time(second),
    Rs = [Now | [T || T <- St#st.restarts, Now - T < St#st.period]],
    St1 = St#st{restarts = Rs},
    case length(Rs) > St#st.intensity of
        true ->
            report(shutdown, reached_max_restart_intensity, C, St#st.name),
            {shutdown, del_child(C, St1)};
        false ->
            case restart(St#st.strategy, C, St1) of
                {try_again, Key, St2} ->
                    gen_server:cast(self(), {try_again_restart, Key}),
                    {ok, St2};
                Other -> Other
            end
    end.

restart(simple_one_for_one, #child{pid = Old, mfargs = {M, F, A}} = C, St) ->
    Args = maps:get(Old, St#st.dyn),
    Dyn = maps:remove(Old, St#st.dyn),
    case start_mfa(M, F, A ++ Args) of
        {ok, undefined} -> {ok, St#st{dyn = Dyn}};
        {ok, P} -> {ok, St#st{dyn = maps:put(P, Args, Dyn)}};
        {ok, P, _} -> {ok, St#st{dyn = maps:put(P, Args, Dyn)}};
        {error, R} ->
            report(start_error, R, C, St#st.name),
            Key = restarting(Old),
            {try_again, Key, St#st{dyn = maps:put(Key, Args, Dyn)}}
    end;
restart(one_for_one, #child{pid = Old} = C, St) ->
    case start(C) of
        {ok, P} -> {ok, replace(C#child{pid = P}, St)};
        {ok, P, _} -> {ok, replace(C#child{pid = P}, St)};
        {error, R} ->
            report(start_error, R, C, St#st.name),
            {try_again, C#child.id, replace(C#child{pid = restarting(Old)}, St)}
    end;
restart(Strategy, #child{id = Id}, St) ->
    Cs = St#st.children,
    {Affected, Rest} = case Strategy of
                           one_for_all -> {Cs, []};
                           rest_for_one -> split(Id, Cs, [])
                       end,
    Cs1 = lists:keyreplace(Id, #child.id, Affected, (lists:keyfind(Id, #child.id, Affected))#child{pid = undefined}),
    Stopped = terminate_children(Cs1, St#st.name),
    case start_children(lists:reverse(Stopped), [], St#st.name) of
        {ok, Started} -> {ok, St#st{children = Started ++ Rest}};
        {error, Started, {failed_to_start_child, FId, _}} ->
            Started1 = [case Ch of
                            #child{id = FId} -> Ch#child{pid = restarting(undefined)};
                            _ -> Ch
                        end || Ch <- Started],
            {try_again, FId, St#st{children = Started1 ++ Rest}}
    end.

restarting({restarting, _} = R) -> R;
restarting(P) -> {restarting, P}.

%% The children from Id on (newest first) and those started before it.
split(Id, [#child{id = Id} = C | T], Acc) -> {lists:reverse([C | Acc]), T};
split(Id, [C | T], Acc) -> split(Id, T, [C | Acc]).

%% Stops the children (newest first); returns them without pids, minus the
%% temporary ones.
terminate_children(Cs, Name) ->
    lists:reverse(lists:foldl(fun(C, Acc) ->
                                      shutdown_child(C, Name),
                                      case C#child.restart_type of
                                          temporary -> Acc;
                                          _ -> [C#child{pid = undefined} | Acc]
                                      end
                              end, [], Cs)).

shutdown_child(#child{pid = P} = C, Name) when is_pid(P) ->
    case shutdown(P, C#child.shutdown) of
        ok -> ok;
        {error, normal} when C#child.restart_type =/= permanent -> ok;
        {error, R} -> report(shutdown_error, R, C, Name)
    end;
shutdown_child(_, _) -> ok.

shutdown(P, How) ->
    Ref = erlang:monitor(process, P),
    unlink(P),
    receive
        {'EXIT', P, R} ->
            receive {'DOWN', Ref, process, P, _} -> ok end,
            {error, R}
    after 0 ->
        case How of
            brutal_kill ->
                exit(P, kill),
                down(Ref, P, killed, infinity);
            _ ->
                exit(P, shutdown),
                case down(Ref, P, shutdown, How) of
                    timeout ->
                        exit(P, kill),
                        down(Ref, P, killed, infinity);
                    R -> R
                end
        end
    end.

down(Ref, P, Expected, T) ->
    receive
        {'DOWN', Ref, process, P, Expected} -> ok;
        {'DOWN', Ref, process, P, R} -> {error, R}
    after T -> timeout
    end.

%% Dynamic children stop together: each gets the signal, then the
%% supervisor waits for all of them (killing the rest when the shutdown
%% time is over).
shutdown_dynamic(T, Pids, Name) ->
    How = T#child.shutdown,
    Sig = case How of
              brutal_kill -> kill;
              _ -> shutdown
          end,
    Mons = [{P, erlang:monitor(process, P)} || P <- Pids],
    Left = lists:foldl(fun({P, Ref}, Acc) ->
                               unlink(P),
                               receive
                                   {'EXIT', P, R} ->
                                       receive {'DOWN', Ref, process, P, _} -> ok end,
                                       dyn_result(T#child{pid = P}, {error, R}, Name),
                                       Acc
                               after 0 ->
                                   exit(P, Sig),
                                   [{P, Ref} | Acc]
                               end
                       end, [], Mons),
    TRef = case How of
               N when is_integer(N) -> erlang:start_timer(N, self(), kill);
               _ -> undefined
           end,
    wait_dynamic(T, lists:reverse(Left), Sig, TRef, Name),
    ok.

wait_dynamic(_, [], _, TRef, _) ->
    case TRef of
        undefined -> ok;
        _ ->
            erlang:cancel_timer(TRef),
            receive {timeout, TRef, kill} -> ok after 0 -> ok end
    end;
wait_dynamic(T, Left, Sig, TRef, Name) ->
    receive
        {'DOWN', Ref, process, P, R} when is_reference(Ref) ->
            case lists:keytake(P, 1, Left) of
                {value, {P, Ref}, Left1} ->
                    Exp = case Sig of
                              kill -> killed;
                              _ -> Sig
                          end,
                    dyn_result(T#child{pid = P}, if R =:= Exp -> ok; true -> {error, R} end, Name),
                    wait_dynamic(T, Left1, Sig, TRef, Name);
                _ -> wait_dynamic(T, Left, Sig, TRef, Name)
            end;
        {timeout, TRef, kill} ->
            [exit(P, kill) || {P, _} <- Left],
            wait_dynamic(T, Left, kill, undefined, Name)
    end.

dyn_result(_, ok, _) -> ok;
dyn_result(C, {error, normal}, _) when C#child.restart_type =/= permanent -> ok;
dyn_result(C, {error, R}, Name) -> report(shutdown_error, R, C, Name).

%% ---- child specs

check_specs(Specs, Auto) -> check_specs(Specs, Auto, []).

check_specs([S | T], Auto, Acc) ->
    case check_spec(S, Auto) of
        {ok, C} ->
            case lists:keymember(C#child.id, #child.id, Acc) of
                true -> {error, {duplicate_child_name, C#child.id}};
                false -> check_specs(T, Auto, [C | Acc])
            end;
        E -> E
    end;
check_specs([], _, Acc) -> {ok, Acc}.

check_spec({Id, MFA, R, SD, Ty, Ms}, Auto) ->
    check_spec(#{id => Id, start => MFA, restart => R, shutdown => SD, type => Ty, modules => Ms}, Auto);
check_spec(#{} = M, Auto) ->
    case {maps:find(id, M), maps:find(start, M)} of
        {error, _} -> {error, missing_id};
        {_, error} -> {error, missing_start};
        {{ok, Id}, {ok, MFA}} ->
            Ty = maps:get(type, M, worker),
            try
                valid(mfa, MFA),
                R = valid(restart, maps:get(restart, M, permanent)),
                Sig = valid(significant, maps:get(significant, M, false)),
                valid(type, Ty),
                SD = valid(shutdown, maps:get(shutdown, M, case Ty of
                                                            supervisor -> infinity;
                                                            _ -> 5000
                                                        end)),
                Ms = valid(modules, maps:get(modules, M, [element(1, MFA)])),
                if
                    Sig, R =:= permanent ->
                        throw({bad_combination, [{restart, permanent}, {significant, true}]});
                    true -> ok
                end,
                {ok, #child{id = Id, mfargs = MFA, restart_type = R,
                            significant = Sig andalso Auto =/= never,
                            shutdown = SD, child_type = Ty, modules = Ms}}
            catch
                throw:E -> {error, E}
            end
    end;
check_spec(X, _) -> {error, {invalid_child_spec, X}}.

valid(mfa, {M, F, A} = X) when is_atom(M), is_atom(F), is_list(A) -> X;
valid(restart, X) when X =:= permanent; X =:= transient; X =:= temporary -> X;
valid(significant, X) when is_boolean(X) -> X;
valid(type, X) when X =:= worker; X =:= supervisor -> X;
valid(shutdown, X) when X =:= brutal_kill; X =:= infinity -> X;
valid(shutdown, X) when is_integer(X), X >= 0 -> X;
valid(modules, dynamic) -> dynamic;
valid(modules, X) when is_list(X) ->
    case lists:all(fun erlang:is_atom/1, X) of
        true -> X;
        false -> throw({invalid_modules, X})
    end;
valid(K, X) ->
    throw({case K of
               mfa -> invalid_mfa;
               restart -> invalid_restart_type;
               significant -> invalid_significant;
               type -> invalid_child_type;
               shutdown -> invalid_shutdown;
               modules -> invalid_modules
           end, X}).

%% ---- reports

report(Ctx, Reason, C, Name) ->
    logger:log(error, #{label => {supervisor, Ctx},
                        report => [{supervisor, Name}, {errorContext, Ctx}, {reason, Reason},
                                   {offender, offender(C)}]},
               #{domain => [otp, sasl], report_cb => fun supervisor:format_log/1,
                 error_logger => #{tag => error_report, type => supervisor_report}}).

offender(#child{pid = P, id = Id, mfargs = MFA, restart_type = R, significant = Sig,
                shutdown = SD, child_type = T}) ->
    [{pid, P}, {id, Id}, {mfargs, MFA}, {restart_type, R}, {significant, Sig},
     {shutdown, SD}, {child_type, T}].

format_log(#{report := [{supervisor, N}, {errorContext, Ctx}, {reason, R}, {offender, O}]}) ->
    {"    supervisor: ~tp~n    errorContext: ~tp~n    reason: ~tp~n    offender: ~tp~n",
     [N, Ctx, R, O]}.
