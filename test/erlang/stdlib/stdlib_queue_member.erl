-module(stdlib_queue_member).
-export([start/0]).

start() ->
    Q = queue:join(queue:from_list(id([a, b])), queue:from_list(id([c, 1, 1.0]))),
    io:format("~p~n", [[queue:member(X, Q) || X <- [a, c, 1, 1.0, 2, z]]]),
    io:format("~p~n", [queue:len(Q)]),
    io:format("~p~n", [queue:to_list(queue:reverse(Q))]),
    io:format("~p~n", [queue:peek(queue:reverse(Q))]),
    io:format("~p~n", [queue:get(Q)]),
    io:format("~p~n", [queue:get_r(Q)]),
    io:format("~p~n", [queue:to_list(queue:delete(1, Q))]),
    io:format("~p~n", [queue:to_list(queue:delete(1.0, Q))]),
    io:format("~p~n", [queue:to_list(queue:delete(nope, Q))]),
    io:format("~p~n", [queue:to_list(queue:delete_r(a, queue:from_list(id([a, b, a]))))]),
    {A, B} = queue:split(0, Q),
    io:format("~p ~p~n", [queue:to_list(A), queue:to_list(B)]),
    {C, D} = queue:split(queue:len(Q), Q),
    io:format("~p ~p~n", [queue:to_list(C), queue:to_list(D)]),
    io:format("~p~n", [queue:is_queue(Q)]),
    io:format("~p~n", [queue:is_empty(queue:drop(queue:from_list([x])))]),
    queue:to_list(queue:in(end_, queue:in_r(start_, Q))).

id(X) -> X.
