-module(tuples_element_setelement).
-export([start/0]).

start() ->
    T = id({a, b, c, d, e}),
    io:format("~w~n", [[element(I, T) || I <- lists:seq(1, tuple_size(T))]]),
    T2 = setelement(3, T, 'C'),
    io:format("~w ~w~n", [T, T2]),
    T3 = lists:foldl(fun(I, Acc) -> setelement(I, Acc, I * I) end, T, lists:seq(1, 5)),
    io:format("~w~n", [T3]),
    Counter = lists:foldl(fun(X, Acc) -> setelement(X, Acc, element(X, Acc) + 1) end,
                          {0, 0, 0}, [1, 2, 3, 3, 2, 3, 1, 3]),
    io:format("~w~n", [Counter]),
    Nested = id({outer, {inner, {core, 42}}}),
    io:format("~w~n", [element(2, element(2, element(2, Nested)))]),
    io:format("~w~n", [setelement(2, Nested, {replaced})]),
    setelement(1, T2, 'A').

id(X) -> X.
