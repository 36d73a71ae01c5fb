%% proc_lib: processes that know their ancestors and initial call, report
%% crashes through logger and can take part in synchronous start-up (OTP 25's
%% API and message shapes, our own implementation). Processes spawned here
%% exit with OTP's reasons: {Reason, Stacktrace} for errors, Reason for exits,
%% {{nocatch, Value}, Stacktrace} for throws, always re-raised as exits.
-module(proc_lib).

-export([spawn/1, spawn/3, spawn_link/1, spawn_link/3, spawn_opt/2, spawn_opt/4,
         start/3, start/4, start/5, start_link/3, start_link/4, start_link/5,
         start_monitor/3, start_monitor/4, start_monitor/5,
         init_ack/1, init_ack/2, init_p/3, init_p/5, wake_up/3, hibernate/3,
         initial_call/1, translate_initial_call/1, stop/1, stop/3,
         format/1, crash_report/4]).

spawn(F) -> erlang:spawn(?MODULE, init_p, [my_name(), ancestors(), F]).

spawn(M, F, A) -> erlang:spawn(?MODULE, init_p, [my_name(), ancestors(), M, F, A]).

spawn_link(F) -> erlang:spawn_link(?MODULE, init_p, [my_name(), ancestors(), F]).

spawn_link(M, F, A) -> erlang:spawn_link(?MODULE, init_p, [my_name(), ancestors(), M, F, A]).

spawn_opt(F, Opts) -> erlang:spawn_opt(?MODULE, init_p, [my_name(), ancestors(), F], Opts).

spawn_opt(M, F, A, Opts) ->
    erlang:spawn_opt(?MODULE, init_p, [my_name(), ancestors(), M, F, A], Opts).

init_p(Parent, Ancestors, Fun) ->
    put('$ancestors', [Parent | Ancestors]),
    put('$initial_call', fun_mfa(Fun)),
    try Fun() catch C:R:S -> exit_p(C, R, S) end.

init_p(Parent, Ancestors, M, F, A) ->
    put('$ancestors', [Parent | Ancestors]),
    put('$initial_call', trans_init(M, F, A)),
    try apply(M, F, A) catch C:R:S -> exit_p(C, R, S) end.

wake_up(M, F, A) ->
    try apply(M, F, A) catch C:R:S -> exit_p(C, R, S) end.

hibernate(M, F, A) -> erlang:hibernate(?MODULE, wake_up, [M, F, A]).

fun_mfa(F) ->
    {module, M} = erlang:fun_info(F, module),
    {name, N} = erlang:fun_info(F, name),
    {arity, A} = erlang:fun_info(F, arity),
    {M, N, A}.

trans_init(gen, init_it, [_, _, _, _, supervisor, {_, Mod, _} | _]) -> {supervisor, Mod, 1};
trans_init(gen, init_it, [_, _, _, _, Mod | _]) when is_atom(Mod) -> {Mod, init, 1};
trans_init(M, F, A) -> {M, F, length(A)}.

exit_p(Class, Reason, Stack) ->
    R = case Class of
            error -> {Reason, Stack};
            exit -> Reason;
            throw -> {{nocatch, Reason}, Stack}
        end,
    case R of
        normal -> ok;
        shutdown -> ok;
        {shutdown, _} -> ok;
        _ -> crash_report(Class, Reason, Stack, get('$initial_call'))
    end,
    erlang:raise(exit, R, Stack).

crash_report(Class, Reason, Stack, Initial) ->
    logger:log(error, #{label => {proc_lib, crash},
                        report => [[{initial_call, Initial}, {pid, self()},
                                    {registered_name, my_reg()},
                                    {error_info, {Class, Reason, Stack}},
                                    {ancestors, get_anc()}]]},
               #{domain => [otp, sasl], report_cb => fun proc_lib:format/1,
                 error_logger => #{tag => error_report, type => crash_report}}).

get_anc() ->
    case get('$ancestors') of
        undefined -> [];
        A -> A
    end.

%% The text of a crash report: {Format, Args}.
format(#{label := {proc_lib, crash}, report := [Info | _]}) ->
    {initial_call, IC} = lists:keyfind(initial_call, 1, Info),
    {error_info, {C, R, S}} = lists:keyfind(error_info, 1, Info),
    {"  crasher:~n    initial call: ~tp~n    pid: ~p~n    exception ~p: ~tp~n      in ~tp~n",
     [IC, self(), C, R, S]};
format(Report) -> {"~tp~n", [Report]}.

my_reg() ->
    case erlang:process_info(self(), registered_name) of
        {registered_name, N} -> N;
        _ -> []
    end.

my_name() ->
    case my_reg() of
        [] -> self();
        N -> N
    end.

ancestors() ->
    case get('$ancestors') of
        L when is_list(L) -> L;
        _ -> []
    end.

initial_call(P) ->
    case erlang:process_info(P, dictionary) of
        {dictionary, D} ->
            case lists:keyfind('$initial_call', 1, D) of
                {_, {M, F, A}} -> {M, F, make_args(A)};
                _ -> false
            end;
        _ -> false
    end.

make_args(0) -> [];
make_args(N) -> [list_to_atom("Argument__" ++ integer_to_list(N)) | make_args(N - 1)].

translate_initial_call(P) ->
    case initial_call(P) of
        {M, F, A} -> {M, F, length(A)};
        false -> {?MODULE, init_p, 5}
    end.

start(M, F, A) -> start(M, F, A, infinity, []).

start(M, F, A, T) -> start(M, F, A, T, []).

start(M, F, A, T, Opts) ->
    {Pid, Ref} = erlang:spawn_opt(?MODULE, init_p, [my_name(), ancestors(), M, F, A], [monitor | Opts]),
    receive
        {ack, Pid, Ret} ->
            erlang:demonitor(Ref, [flush]),
            Ret;
        {'DOWN', Ref, process, Pid, Reason} -> {error, Reason}
    after T ->
        erlang:demonitor(Ref, [flush]),
        exit(Pid, kill),
        flush_exit(Pid),
        {error, timeout}
    end.

start_link(M, F, A) -> start_link(M, F, A, infinity, []).

start_link(M, F, A, T) -> start_link(M, F, A, T, []).

start_link(M, F, A, T, Opts) ->
    Pid = erlang:spawn_opt(?MODULE, init_p, [my_name(), ancestors(), M, F, A], [link | Opts]),
    receive
        {ack, Pid, Ret} -> Ret;
        {'EXIT', Pid, Reason} -> {error, Reason}
    after T ->
        unlink(Pid),
        exit(Pid, kill),
        flush_exit(Pid),
        {error, timeout}
    end.

start_monitor(M, F, A) -> start_monitor(M, F, A, infinity, []).

start_monitor(M, F, A, T) -> start_monitor(M, F, A, T, []).

%% Returns {Ret, MonitorRef}; the monitor stays active.
start_monitor(M, F, A, T, Opts) ->
    {Pid, Ref} = erlang:spawn_opt(?MODULE, init_p, [my_name(), ancestors(), M, F, A], [monitor | Opts]),
    receive
        {ack, Pid, Ret} -> {Ret, Ref};
        {'DOWN', Ref, process, Pid, Reason} = Down ->
            self() ! Down,
            {{error, Reason}, Ref}
    after T ->
        exit(Pid, kill),
        {{error, timeout}, Ref}
    end.

flush_exit(Pid) ->
    receive {'EXIT', Pid, _} -> ok after 0 -> ok end.

init_ack(Ret) ->
    [Parent | _] = get('$ancestors'),
    init_ack(Parent, Ret).

init_ack(Parent, Ret) ->
    Parent ! {ack, self(), Ret},
    ok.

stop(P) -> stop(P, normal, infinity).

%% Asks a process speaking the system protocol to terminate and waits for it.
stop(P, Reason, T) ->
    Ref = erlang:monitor(process, P),
    _ = (catch erlang:send(P, {system, {self(), Ref}, {terminate, Reason}})),
    receive
        {'DOWN', Ref, _, _, Reason} -> ok;
        {'DOWN', Ref, _, _, Other} -> exit(Other)
    after T ->
        erlang:demonitor(Ref, [flush]),
        exit(timeout)
    end.
