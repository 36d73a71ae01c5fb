-module(stdlib_queue_okasaki).
-export([start/0]).
-compile({nowarn_deprecated_function, [{queue, lait, 1}]}).

start() ->
    Q0 = queue:from_list(id([1, 2, 3])),
    Q1 = queue:cons(0, Q0),
    Q2 = queue:snoc(Q1, 4),
    io:format("~p~n", [queue:to_list(Q2)]),
    io:format("~p ~p~n", [queue:head(Q2), queue:daeh(Q2)]),
    io:format("~p ~p~n", [queue:last(Q2), queue:lait(Q2) =:= queue:liat(Q2)]),
    io:format("~p~n", [queue:to_list(queue:tail(Q2))]),
    io:format("~p~n", [queue:to_list(queue:liat(Q2))]),
    io:format("~p~n", [queue:to_list(queue:init(Q2))]),
    io:format("~p~n", [queue:to_list(queue:lait(Q2))]),
    Q3 = lists:foldl(fun(X, Q) -> queue:cons(X, Q) end, queue:new(), id([a, b, c])),
    io:format("~p~n", [queue:to_list(Q3)]),
    Q4 = lists:foldl(fun(X, Q) -> queue:snoc(Q, X) end, queue:new(), id([a, b, c])),
    io:format("~p~n", [queue:to_list(Q4)]),
    io:format("~w~n", [run(fun() -> queue:head(queue:new()) end)]),
    io:format("~w~n", [run(fun() -> queue:daeh(queue:new()) end)]),
    io:format("~w~n", [run(fun() -> queue:tail(queue:new()) end)]),
    io:format("~w~n", [run(fun() -> queue:liat(queue:new()) end)]),
    io:format("~w~n", [run(fun() -> queue:last(queue:new()) end)]),
    io:format("~w~n", [run(fun() -> queue:init(queue:new()) end)]),
    io:format("~w~n", [run(fun() -> queue:cons(x, id(notaqueue)) end)]),
    io:format("~w~n", [run(fun() -> queue:snoc(id(notaqueue), x) end)]),
    drain(Q2, []).

drain(Q, Acc) ->
    case queue:is_empty(Q) of
        true -> lists:reverse(Acc);
        false -> drain(queue:tail(Q), [queue:head(Q) | Acc])
    end.

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
