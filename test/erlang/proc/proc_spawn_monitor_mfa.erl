-module(proc_spawn_monitor_mfa).
-export([start/0, work/2, local_only/0]).

%% spawn_monitor/3 and spawn/3 with exported, unexported and missing functions, and wrong
%% argument counts: the process dies with undef naming the MFA.
start() ->
    Self = self(),
    {P1, R1} = spawn_monitor(?MODULE, work, [Self, 21]),
    receive {work, V} -> io:format("work ~p~n", [V]) end,
    io:format("~p~n", [down(P1, R1)]),
    Cases = [{?MODULE, hidden, []}, {?MODULE, work, [only_one]}, {proc_spawn_monitor_mfa_nomod, f, [1]},
             {?MODULE, local_only, [extra]}, {lists, reverse, [not_a_list]}],
    [begin
         {P, R} = spawn_monitor(M, F, A),
         io:format("~p:~p/~p -> ~p~n", [M, F, length(A), down(P, R)])
     end || {M, F, A} <- Cases],
    {P2, R2} = spawn_monitor(?MODULE, local_only, []),
    io:format("~p~n", [down(P2, R2)]),
    Bad = [fun() -> spawn_monitor(?MODULE, work, not_a_list) end,
           fun() -> spawn_monitor("mod", work, []) end,
           fun() -> spawn_monitor(?MODULE, work, [a | b]) end,
           fun() -> spawn(?MODULE, 42, []) end,
           fun() -> spawn_monitor(fun(_) -> ok end) end],
    [io:format("~p~n", [try F() of _ -> spawned catch C:E -> {C, E} end]) || F <- Bad],
    ok.

work(To, N) -> To ! {work, N * 2}.

local_only() -> exit(local_only_ran).

down(P, R) ->
    receive
        {'DOWN', R, process, P, {undef, [{M, F, A, _} | _]}} -> {undef, M, F, A};
        {'DOWN', R, process, P, {Reason, [{M, F, A, _} | _]}} -> {Reason, M, F, if is_list(A) -> length(A); true -> A end};
        {'DOWN', R, process, P, Why} -> Why
    end.
