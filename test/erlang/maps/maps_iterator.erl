-module(maps_iterator).
-export([start/0]).

start() ->
    M = id(#{c => 3, a => 1, b => 2, d => 4}),
    I = maps:iterator(M),
    walk(maps:next(I)),
    io:format("~p~n", [collect(maps:next(maps:iterator(#{})), [])]),
    {K, V, _} = maps:next(maps:iterator(M)),
    io:format("first ~p ~p~n", [K, V]),
    Sum = sum(maps:next(maps:iterator(M)), 0),
    io:format("sum ~p~n", [Sum]),
    Sum.

walk(none) -> io:format("done~n");
walk({K, V, I}) -> io:format("~p -> ~p~n", [K, V]), walk(maps:next(I)).

collect(none, Acc) -> lists:reverse(Acc);
collect({K, V, I}, Acc) -> collect(maps:next(I), [{K, V} | Acc]).

sum(none, S) -> S;
sum({_, V, I}, S) -> sum(maps:next(I), S + V).

id(X) -> X.
