-module(stdlib_queue_ops).
-export([start/0]).

start() ->
    Q = queue:from_list(lists:seq(1, 10)),
    io:format("~w~n", [queue:split(3, Q)]),
    io:format("~w~n", [queue:split(8, Q)]),
    io:format("~w~n", [queue:join(queue:from_list([a, b]), queue:from_list([c, d]))]),
    io:format("~w~n", [queue:filter(fun(X) -> X rem 2 =:= 0 end, Q)]),
    io:format("~w~n", [queue:filter(fun(X) when X < 3 -> [X, X]; (_) -> false end, Q)]),
    io:format("~w~n", [queue:filtermap(fun(X) when X > 7 -> {true, X * 10}; (_) -> false end, Q)]),
    io:format("~w~n", [queue:fold(fun(X, Acc) -> X + Acc end, 0, Q)]),
    io:format("~w ~w~n", [queue:any(fun(X) -> X > 9 end, Q), queue:all(fun(X) -> X > 9 end, Q)]),
    io:format("~w~n", [queue:delete(5, Q)]),
    io:format("~w~n", [queue:delete_r(5, queue:in(5, Q))]),
    io:format("~w~n", [queue:delete_with(fun(X) -> X > 4 end, Q)]),
    io:format("~w~n", [queue:delete_with_r(fun(X) -> X > 4 end, Q)]),
    io:format("~w ~w~n", [queue:head(Q), queue:last(Q)]),
    io:format("~w~n", [queue:tail(Q)]),
    io:format("~w~n", [queue:init(Q)]),
    io:format("~w~n", [queue:cons(0, queue:snoc(Q, 11))]),
    io:format("~w ~w~n", [queue:daeh(Q), queue:liat(queue:from_list([x, y]))]),
    queue:to_list(queue:liat(Q)).
