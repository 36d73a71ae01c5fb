-module(lists_seq).
-export([start/0]).

start() ->
    Args = [{1, 10}, {5, 5}, {5, 4}, {-3, 3}, {0, 0}],
    lists:foreach(fun({F, T}) -> io:format("seq(~w, ~w) = ~w~n", [F, T, lists:seq(F, T)]) end, Args),
    Args3 = [{1, 10, 2}, {10, 1, -3}, {1, 1, 0}, {0, 20, 5}, {5, 4, 1}, {1, 2, 10}],
    lists:foreach(fun({F, T, S}) -> io:format("seq(~w, ~w, ~w) = ~w~n", [F, T, S, lists:seq(F, T, S)]) end, Args3),
    Big = 1 bsl 70,
    io:format("~w~n", [lists:seq(Big, Big + 3)]),
    Errs = [try lists:seq(id(F), id(T)) catch error:E -> {error, element(1, {E})} end || {F, T} <- [{5, 3}, {a, 3}]],
    io:format("~w~n", [Errs]),
    E3 = try lists:seq(id(1), id(5), id(0)) catch error:X -> {error, element(1, {X})} end,
    io:format("~w~n", [E3]),
    length(lists:seq(1, 1000)).

id(X) -> X.
