-module(proc_max_heap_size).
-export([start/0]).

%% A process over its max_heap_size is killed (reason killed); others are unaffected.
start() ->
    Self = self(),
    {P, Ref} = spawn_opt(fun() -> Self ! started, grow([]) end, [monitor, {max_heap_size, 2000}]),
    receive started -> ok end,
    receive {'DOWN', Ref, process, P, R} -> io:format("grower: ~p~n", [R]) end,
    {Q, Ref2} = spawn_opt(fun() -> _ = lists:seq(1, 100), Self ! {small, ok} end, [monitor, {max_heap_size, 100000}]),
    receive {small, V} -> io:format("small process ~p~n", [V]) end,
    receive {'DOWN', Ref2, process, Q, R2} -> io:format("small: ~p~n", [R2]) end,
    {P3, Ref3} = spawn_monitor(fun() ->
                                       process_flag(max_heap_size, #{size => 2000, kill => true, error_logger => false}),
                                       grow([])
                               end),
    receive {'DOWN', Ref3, process, P3, R3} -> io:format("flag: ~p~n", [R3]) end,
    {max_heap_size, M} = process_info(self(), max_heap_size),
    io:format("default ~p~n", [maps:get(size, M)]),
    ok.

grow(Acc) ->
    grow([{lists:seq(1, 10), Acc} | Acc]).
