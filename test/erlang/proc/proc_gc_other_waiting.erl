-module(proc_gc_other_waiting).
-export([start/0]).

%% garbage_collect/1 on processes waiting in receive ... after, hibernating, or with a
%% large dictionary: their state, timers and heaps stay intact.
start() ->
    Self = self(),
    W = spawn(fun() ->
                      Keep = [{I, <<I:32>>} || I <- lists:seq(1, 2000)],
                      receive poke -> Self ! {w, length(Keep)} after 60 -> Self ! {w_timeout, lists:sum([I || {I, _} <- Keep])} end
              end),
    D = spawn(fun() ->
                      [put(I, lists:seq(1, I rem 30)) || I <- lists:seq(1, 300)],
                      receive check -> Self ! {d, lists:sum([length(get(I)) || I <- lists:seq(1, 300)])} end
              end),
    H = spawn(fun() -> erlang:hibernate(erlang, apply, [fun() -> receive M -> Self ! {h, M} end end, []]) end),
    timer:sleep(10),
    io:format("~p~n", [[garbage_collect(P) || P <- [W, D, H, W, D, H]]]),
    receive {w_timeout, S} -> io:format("waiter timed out, data ~p~n", [S]) end,
    D ! check,
    receive {d, DS} -> io:format("dictionary ~p~n", [DS]) end,
    H ! hello,
    receive {h, M} -> io:format("hibernated got ~p~n", [M]) end,
    ok.
