-module(proc_spawn_undef).
-export([start/0]).

%% spawning an undefined function succeeds; the new process fails with undef.
start() ->
    {P, R} = spawn_monitor(proc_spawn_undef_nomod, f, [1, 2]),
    receive {'DOWN', R, process, P, Why} -> io:format("~p~n", [Why]) end,
    {P2, R2} = spawn_monitor(?MODULE, not_exported, []),
    receive {'DOWN', R2, process, P2, Why2} -> io:format("~p~n", [Why2]) end,
    {P3, R3} = spawn_opt(fun(X) -> X end, [monitor]),
    receive {'DOWN', R3, process, P3, {{badarity, {F, Args}}, _}} -> io:format("badarity ~p ~p~n", [is_function(F), Args]) end,
    io:format("~p~n", [try spawn_monitor(fun(X) -> X end) catch error:E -> E end]),
    {P4, R4} = spawn_monitor(erlang, length, [[a, b, c]]),
    receive {'DOWN', R4, process, P4, Why4} -> io:format("bif entry ~p~n", [Why4]) end,
    ok.
