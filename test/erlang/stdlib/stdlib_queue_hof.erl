-module(stdlib_queue_hof).
-export([start/0]).

start() ->
    Q = queue:from_list(lists:seq(1, id(10))),
    io:format("~p~n", [queue:to_list(queue:filtermap(fun(X) when X rem 3 =:= 0 -> {true, X * 100};
                                                        (X) -> X rem 2 =:= 0 end, Q))]),
    io:format("~p~n", [queue:fold(fun(X, A) -> [X | A] end, [], Q)]),
    io:format("~p~n", [queue:fold(fun(X, A) -> A + X end, 0, queue:new())]),
    io:format("~p ~p~n", [queue:any(fun(X) -> X > 9 end, Q), queue:all(fun(X) -> X > 0 end, Q)]),
    io:format("~p ~p~n", [queue:any(fun(_) -> true end, queue:new()), queue:all(fun(_) -> false end, queue:new())]),
    io:format("~p~n", [queue:to_list(queue:delete_with(fun(X) -> X > 4 end, Q))]),
    io:format("~p~n", [queue:to_list(queue:delete_with_r(fun(X) -> X > 4 end, Q))]),
    io:format("~p~n", [queue:to_list(queue:filter(fun(X) -> [X, -X] end, queue:from_list(id([1, 2]))))]),
    io:format("~p~n", [queue:to_list(queue:filter(fun(X) -> X > 5 end, Q))]),
    io:format("~w~n", [run(fun() -> queue:filter(fun(_) -> maybe end, Q) end)]),
    io:format("~w~n", [run(fun() -> queue:fold(id(nofun), 0, Q) end)]),
    io:format("~w~n", [run(fun() -> queue:any(fun(_) -> 1 end, Q) end)]),
    io:format("~w~n", [run(fun() -> queue:filtermap(fun(_) -> maybe end, Q) end)]),
    queue:to_list(queue:filtermap(fun(X) -> {true, {X}} end, queue:from_list(id([p, q])))).

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
