-module(proc_after_values).
-export([start/0]).

%% Timeouts of receive ... after computed at run time: 0, small, the atom infinity in a
%% variable, the largest allowed, and the timeout_value errors.
start() ->
    io:format("~p~n", [wait(id(0))]),
    io:format("~p~n", [wait(id(5))]),
    self() ! hello,
    io:format("~p~n", [wait(id(infinity))]),
    self() ! hello,
    io:format("~p~n", [wait(id(4294967295))]),
    [io:format("~p ~p~n", [T, try wait(T) catch C:E -> {C, E} end]) || T <- [-1, 1.5, foo, 4294967296, "10", 1 bsl 70]],
    ok.

wait(T) ->
    receive hello -> got_hello after T -> timed_out end.

id(X) -> X.
