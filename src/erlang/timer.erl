%% timer: OTP 25's timer module without a timer server (our own
%% implementation). sleep/1 is a native of the VM. Timers use
%% erlang:send_after/3 or a helper process; their references are
%% {send_local, Ref} or {spawned, Pid} (OTP's references look different but
%% are equally opaque).
-module(timer).

-export([tc/1, tc/2, tc/3, seconds/1, minutes/1, hours/1, hms/3, now_diff/2,
         send_after/2, send_after/3, exit_after/2, exit_after/3, kill_after/1, kill_after/2,
         apply_after/4, send_interval/2, send_interval/3, apply_interval/4, cancel/1]).

tc(F) ->
    T0 = erlang:monotonic_time(),
    V = F(),
    {elapsed(T0), V}.

tc(F, Args) ->
    T0 = erlang:monotonic_time(),
    V = apply(F, Args),
    {elapsed(T0), V}.

tc(M, F, Args) ->
    T0 = erlang:monotonic_time(),
    V = apply(M, F, Args),
    {elapsed(T0), V}.

elapsed(T0) -> erlang:convert_time_unit(erlang:monotonic_time() - T0, native, microsecond).

seconds(S) -> 1000 * S.

minutes(M) -> 1000 * 60 * M.

hours(H) -> 1000 * 60 * 60 * H.

hms(H, M, S) -> hours(H) + minutes(M) + seconds(S).

now_diff({A2, B2, C2}, {A1, B1, C1}) -> ((A2 - A1) * 1000000 + B2 - B1) * 1000000 + C2 - C1.

-define(VALID_TIME(T), (is_integer(T) andalso T >= 0 andalso T =< 16#FFFFFFFF)).

send_after(T, Msg) -> send_after(T, self(), Msg).

send_after(T, Dest, Msg) when ?VALID_TIME(T), (is_pid(Dest) orelse is_atom(Dest)) ->
    {ok, {send_local, erlang:send_after(T, Dest, Msg)}};
send_after(T, {Name, Node} = Dest, Msg) when ?VALID_TIME(T), is_atom(Name), is_atom(Node) ->
    helper(T, fun() -> Dest ! Msg end);
send_after(_, _, _) -> {error, badarg}.

exit_after(T, Reason) -> exit_after(T, self(), Reason).

exit_after(T, Target, Reason) when ?VALID_TIME(T) ->
    helper(T, fun() -> exit(Target, Reason) end);
exit_after(_, _, _) -> {error, badarg}.

kill_after(T) -> exit_after(T, self(), kill).

kill_after(T, Target) -> exit_after(T, Target, kill).

apply_after(T, M, F, A) when ?VALID_TIME(T), is_atom(M), is_atom(F), is_list(A) ->
    helper(T, fun() -> spawn(M, F, A) end);
apply_after(_, _, _, _) -> {error, badarg}.

send_interval(T, Msg) -> send_interval(T, self(), Msg).

send_interval(T, Dest, Msg) when ?VALID_TIME(T) ->
    interval(T, fun() -> Dest ! Msg end);
send_interval(_, _, _) -> {error, badarg}.

apply_interval(T, M, F, A) when ?VALID_TIME(T), is_atom(M), is_atom(F), is_list(A) ->
    interval(T, fun() -> spawn(M, F, A) end);
apply_interval(_, _, _, _) -> {error, badarg}.

cancel({send_local, Ref}) when is_reference(Ref) ->
    _ = erlang:cancel_timer(Ref),
    {ok, cancel};
cancel({spawned, Pid}) when is_pid(Pid) ->
    Pid ! cancel,
    {ok, cancel};
cancel(_) -> {error, badarg}.

%% A process that runs Action after T ms unless cancelled.
helper(T, Action) ->
    Pid = spawn(fun() ->
                    receive
                        cancel -> ok
                    after T -> Action()
                    end
                end),
    {ok, {spawned, Pid}}.

%% A process that runs Action every T ms until cancelled; it stops when the
%% process that asked for it exits.
interval(T, Action) ->
    Owner = self(),
    Pid = spawn(fun() ->
                    Mon = erlang:monitor(process, Owner),
                    interval_loop(T, Action, Mon)
                end),
    {ok, {spawned, Pid}}.

interval_loop(T, Action, Mon) ->
    receive
        cancel -> ok;
        {'DOWN', Mon, _, _, _} -> ok
    after T ->
        Action(),
        interval_loop(T, Action, Mon)
    end.
