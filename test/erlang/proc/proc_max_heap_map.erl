-module(proc_max_heap_map).
-export([start/0]).

%% max_heap_size given as a map: kill => false lets the process grow past the limit,
%% kill => true ends it with killed; process_info reports the settings.
start() ->
    Self = self(),
    Opts = #{size => 5000, kill => false, error_logger => false},
    {P1, R1} = spawn_opt(fun() ->
                                 {max_heap_size, M} = process_info(self(), max_heap_size),
                                 Self ! {settings, maps:get(size, M), maps:get(kill, M), maps:get(error_logger, M)},
                                 L = build(20000, []),
                                 Self ! {built, length(L)}
                         end, [monitor, {max_heap_size, Opts}]),
    receive {settings, S, K, E} -> io:format("settings ~p ~p ~p~n", [S, K, E]) end,
    receive {built, N} -> io:format("built ~p~n", [N]) end,
    receive {'DOWN', R1, process, P1, W1} -> io:format("no kill: ~p~n", [W1]) end,
    {P2, R2} = spawn_opt(fun() -> build(1000000, []) end,
                         [monitor, {max_heap_size, #{size => 5000, kill => true, error_logger => false}}]),
    receive {'DOWN', R2, process, P2, W2} -> io:format("kill: ~p~n", [W2]) end,
    {P3, R3} = spawn_opt(fun() -> Self ! {zero, length(build(50000, []))} end,
                         [monitor, {max_heap_size, #{size => 0}}]),
    receive {zero, Z} -> io:format("size 0 means no limit ~p~n", [Z]) end,
    receive {'DOWN', R3, process, P3, W3} -> io:format("~p~n", [W3]) end,
    Old = process_flag(max_heap_size, #{size => 100000, kill => true, error_logger => false}),
    io:format("old size ~p~n", [maps:get(size, Old)]),
    New = process_flag(max_heap_size, Old),
    io:format("set size ~p kill ~p~n", [maps:get(size, New), maps:get(kill, New)]),
    ok.

build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, [{N} | Acc]).
