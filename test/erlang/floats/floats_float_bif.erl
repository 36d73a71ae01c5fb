-module(floats_float_bif).
-export([start/0]).

start() ->
    Ints = [0, 1, -1, 42, 134217727, 134217728, 9007199254740991, 9007199254740993,
            1 bsl 64, -(1 bsl 100), 123456789012345678901234567890],
    lists:foreach(fun(I) -> io:format("float(~w) = ~p~n", [I, float(I)]) end, Ints),
    io:format("float(2.5) = ~p~n", [float(id(2.5))]),
    io:format("~p~n", [try float(id(abc)) catch error:R -> R end]),
    io:format("~p~n", [try float(id(1 bsl 1024)) catch error:R2 -> R2 end]),
    io:format("~p~n", [float((1 bsl 1023) + (1 bsl 1000))]),
    float(1 bsl 53).

id(X) -> X.
