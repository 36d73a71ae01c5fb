-module(stdlib_queue_repr).
-export([start/0]).

start() ->
    io:format("~p~n", [queue:new()]),
    io:format("~p~n", [queue:from_list(id([1, 2, 3, 4, 5]))]),
    Q = lists:foldl(fun queue:in/2, queue:new(), lists:seq(1, id(6))),
    io:format("~p~n", [Q]),
    {{value, V}, Q1} = queue:out(Q),
    io:format("~p ~p~n", [V, Q1]),
    {{value, V2}, Q2} = queue:out_r(Q1),
    io:format("~p ~p~n", [V2, Q2]),
    io:format("~p~n", [queue:in_r(0, Q2)]),
    io:format("~p~n", [queue:reverse(Q2)]),
    io:format("~p~n", [queue:join(Q2, queue:from_list(id([x, y])))]),
    io:format("~p~n", [queue:split(2, Q2)]),
    io:format("~p~n", [queue:filter(fun(X) -> X rem 2 =:= 0 end, Q)]),
    io:format("~p~n", [queue:filter(fun(X) -> [X, X] end, queue:from_list(id([a, b])))]),
    io:format("~p~n", [queue:drop(queue:from_list(id([1, 2])))]),
    io:format("~p~n", [queue:drop_r(queue:from_list(id([1, 2])))]),
    io:format("~p~n", [queue:out(queue:from_list(id([only])))]),
    io:format("~p~n", [queue:out_r(queue:from_list(id([only])))]),
    io:format("~p~n", [queue:out(queue:new())]),
    io:format("~p~n", [queue:from_list(id([a])) == queue:in(a, queue:new())]),
    io:format("~p~n", [queue:delete(3, Q)]),
    io:format("~p~n", [queue:delete_r(3, queue:from_list(id([3, 1, 3])))]),
    queue:len(Q).

id(X) -> X.
