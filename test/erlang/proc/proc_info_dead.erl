-module(proc_info_dead).
-export([start/0]).

%% process_info of a dead process is undefined; bad arguments raise badarg.
start() ->
    {P, R} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', R, process, P, _} -> ok end,
    io:format("~p~n", [process_info(P)]),
    io:format("~p~n", [process_info(P, status)]),
    io:format("~p~n", [process_info(P, [status, links])]),
    Bad = [{P, foo}, {self(), foo}, {self(), [status, foo]}, {not_a_pid, status}, {self(), "status"},
           {self(), [status | links]}],
    [io:format("~p~n", [try process_info(A, B) of V -> {value, V} catch error:E -> E end]) || {A, B} <- Bad],
    io:format("~p~n", [try process_info(not_a_pid) of V -> V catch error:E -> E end]),
    ok.
