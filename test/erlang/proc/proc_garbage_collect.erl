-module(proc_garbage_collect).
-export([start/0]).

%% garbage_collect/0,1,2 keep live data intact; dead pids answer false.
start() ->
    Keep = [{I, integer_to_list(I), <<I:32>>} || I <- lists:seq(1, 2000)],
    _Garbage = [lists:seq(1, 50) || _ <- lists:seq(1, 200)],
    io:format("~p~n", [garbage_collect()]),
    io:format("data intact ~p~n", [lists:sum([I || {I, _, _} <- Keep])]),
    Self = self(),
    P = spawn(fun() ->
                      Big = lists:seq(1, 5000),
                      Self ! ready,
                      receive check -> Self ! {sum, lists:sum(Big)} end
              end),
    receive ready -> ok end,
    io:format("~p~n", [garbage_collect(P)]),
    io:format("~p~n", [erlang:garbage_collect(P, [])]),
    P ! check,
    receive {sum, S} -> io:format("other process data intact ~p~n", [S]) end,
    Dead = spawn(fun() -> ok end),
    M = monitor(process, Dead),
    receive {'DOWN', M, _, _, _} -> ok end,
    io:format("dead ~p~n", [garbage_collect(Dead)]),
    io:format("~p~n", [erlang:garbage_collect(self(), [{async, my_req}])]),
    receive {garbage_collect, my_req, R} -> io:format("async result ~p~n", [R]) end,
    io:format("~p~n", [catch_it(fun() -> garbage_collect(id(not_a_pid)) end)]),
    io:format("~p~n", [catch_it(fun() -> erlang:garbage_collect(self(), id([bogus])) end)]),
    {heap_size, H} = process_info(self(), heap_size),
    io:format("heap size integer ~p~n", [is_integer(H)]),
    ok.

catch_it(F) ->
    try F() of V -> V catch error:E -> E end.

id(X) -> X.
