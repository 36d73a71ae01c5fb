-module(stdlib_queue_basic).
-export([start/0]).

start() ->
    Q0 = queue:new(),
    Q1 = lists:foldl(fun queue:in/2, Q0, [1, 2, 3, 4, 5]),
    io:format("~w ~w ~w~n", [Q1, queue:len(Q1), queue:to_list(Q1)]),
    {{value, A}, Q2} = queue:out(Q1),
    io:format("~w ~w~n", [A, Q2]),
    {{value, B}, Q3} = queue:out_r(Q2),
    io:format("~w ~w~n", [B, Q3]),
    Q4 = queue:in_r(0, Q3),
    io:format("~w ~w~n", [Q4, queue:to_list(Q4)]),
    io:format("~w ~w ~w ~w~n", [queue:get(Q4), queue:get_r(Q4), queue:peek(Q4), queue:peek_r(Q4)]),
    io:format("~w ~w~n", [queue:peek(Q0), queue:out(Q0)]),
    io:format("~w ~w~n", [queue:is_empty(Q0), queue:is_queue(Q4)]),
    io:format("~w~n", [queue:from_list(lists:seq(1, 9))]),
    io:format("~w~n", [queue:drop(queue:from_list(lists:seq(1, 3)))]),
    io:format("~w~n", [queue:drop_r(queue:from_list(lists:seq(1, 3)))]),
    io:format("~w~n", [queue:reverse(Q4)]),
    io:format("~w~n", [queue:member(3, Q4)]),
    io:format("~w~n", [catch_it(fun() -> queue:get(Q0) end)]),
    Drain = drain(queue:from_list([a, b, c]), []),
    io:format("~w~n", [Drain]),
    queue:len(Q4).

drain(Q, Acc) ->
    case queue:out(Q) of
        {{value, X}, Q1} -> drain(Q1, [X | Acc]);
        {empty, _} -> lists:reverse(Acc)
    end.

catch_it(F) -> try F() catch C:R -> {C, R} end.
