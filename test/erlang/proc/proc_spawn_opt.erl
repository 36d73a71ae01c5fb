-module(proc_spawn_opt).
-export([start/0, child/1]).

%% spawn_opt/2,3,4,5 with link, monitor, priority and heap options.
start() ->
    process_flag(trap_exit, true),
    Self = self(),
    P1 = spawn_opt(fun() -> Self ! {prio, process_info(self(), priority)} end, [{priority, high}]),
    receive {prio, Pr} -> io:format("~p ~p~n", [is_pid(P1), Pr]) end,
    {P2, R2} = spawn_opt(fun() -> exit(mon) end, [monitor]),
    receive {'DOWN', R2, process, P2, W2} -> io:format("down ~p~n", [W2]) end,
    P3 = spawn_opt(fun() -> exit(linked) end, [link]),
    receive {'EXIT', P3, W3} -> io:format("exit ~p~n", [W3]) end,
    {P4, R4} = spawn_opt(fun() -> exit(both) end, [link, monitor]),
    receive {'EXIT', P4, W4} -> io:format("exit ~p~n", [W4]) end,
    receive {'DOWN', R4, process, P4, W5} -> io:format("down ~p~n", [W5]) end,
    {P6, R6} = spawn_opt(?MODULE, child, [Self], [monitor, {min_heap_size, 1000}]),
    receive {child, MH} -> io:format("min_heap_size ok ~p~n", [MH >= 1000]) end,
    receive {'DOWN', R6, process, P6, W6} -> io:format("down ~p~n", [W6]) end,
    P7 = spawn_opt(node(), fun() -> Self ! low_ran end, [{priority, low}]),
    receive low_ran -> io:format("low ran ~p~n", [is_pid(P7)]) end,
    P8 = spawn_opt(node(), ?MODULE, child, [Self], []),
    receive {child, _} -> io:format("spawn_opt/5 ~p~n", [is_pid(P8)]) end,
    Bad = [[bogus], [{priority, bogus}], [{min_heap_size, -1}], improper, [link | monitor]],
    [io:format("~p -> ~p~n", [B, element(1, catch_reason(fun() -> spawn_opt(fun() -> ok end, B) end))]) || B <- Bad],
    ok.

child(Parent) ->
    {min_heap_size, M} = process_info(self(), min_heap_size),
    Parent ! {child, M}.

catch_reason(F) ->
    try F() of V -> {no_error, V} catch C:R -> {R, C} end.
