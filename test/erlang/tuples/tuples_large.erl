-module(tuples_large).
-export([start/0]).

start() ->
    T = list_to_tuple(lists:seq(1, 1000)),
    io:format("~w ~w ~w~n", [tuple_size(T), element(1, T), element(1000, T)]),
    Sum = sum(T, tuple_size(T), 0),
    io:format("~w~n", [Sum]),
    T2 = lists:foldl(fun(I, Acc) -> setelement(I, Acc, 0) end, T, lists:seq(2, 1000, 2)),
    io:format("~w~n", [sum(T2, 1000, 0)]),
    io:format("~w~n", [lists:sublist(tuple_to_list(T2), 10)]),
    Big = erlang:make_tuple(70000, x),
    io:format("~w ~w~n", [tuple_size(Big), element(65537, Big)]),
    io:format("~w~n", [T == list_to_tuple(tuple_to_list(T))]),
    Sum.

sum(_, 0, Acc) -> Acc;
sum(T, I, Acc) -> sum(T, I - 1, Acc + element(I, T)).
