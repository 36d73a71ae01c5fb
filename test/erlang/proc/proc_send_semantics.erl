-module(proc_send_semantics).
-export([start/0]).

%% The value of send, sending to dead processes, erlang:send/3 and send_nosuspend.
start() ->
    Dead = spawn(fun() -> ok end),
    M = monitor(process, Dead),
    receive {'DOWN', M, _, _, _} -> ok end,
    io:format("~p~n", [Dead ! {to, dead}]),
    io:format("~p~n", [self() ! {to, self}]),
    io:format("~p~n", [erlang:send(self(), via_send2)]),
    io:format("~p~n", [erlang:send(self(), via_send3, [])]),
    io:format("~p~n", [erlang:send(self(), nosuspend, [nosuspend])]),
    X = self() ! (self() ! chained),
    io:format("chained value ~p~n", [X]),
    io:format("~p~n", [flush()]),
    [io:format("~p~n", [try D ! m of V -> V catch error:E -> {error, E} end]) || D <- [42, "str", {a}, {a, b, c}]],
    ok.

flush() ->
    receive Msg -> [Msg | flush()] after 0 -> [] end.
