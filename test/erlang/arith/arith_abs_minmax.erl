-module(arith_abs_minmax).
-export([start/0]).

start() ->
    Vals = [0, 1, -1, 42, -42, 134217728, -134217729, 1 bsl 70, -(1 bsl 70)],
    io:format("abs: ~w~n", [[abs(V) || V <- Vals]]),
    io:format("min/max with 0: ~w~n", [[{min(V, 0), max(V, 0)} || V <- Vals]]),
    io:format("lists:min ~w lists:max ~w~n", [lists:min(Vals), lists:max(Vals)]),
    io:format("sign: ~w~n", [[sign(V) || V <- Vals]]),
    io:format("min(1, 1.0) = ~w, max(1, 1.0) = ~w~n", [min(id(1), id(1.0)), max(id(1), id(1.0))]),
    io:format("min(a, 1) = ~w, max(a, 1) = ~w~n", [min(id(a), 1), max(id(a), 1)]),
    {lists:min(Vals), lists:max(Vals)}.

sign(X) when X > 0 -> 1;
sign(X) when X < 0 -> -1;
sign(_) -> 0.

id(X) -> X.
