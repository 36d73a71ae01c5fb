-module(tuples_compare_sort).
-export([start/0]).

start() ->
    Ts = [{b}, {a, z}, {a, b}, {}, {1, 2, 3}, {a}, {2, 1}, {1.0, 2}, {1, 2.0}, {z, a, a}],
    io:format("~w~n", [lists:sort([id(T) || T <- Ts])]),
    Pairs = [{{1, 2}, {1, 3}}, {{2}, {1, 1}}, {{1, 2}, {1.0, 2.0}}, {{a, {b}}, {a, {c}}}, {{}, {}}],
    lists:foreach(
      fun({A, B}) -> io:format("~w ~w: < ~w == ~w =:= ~w~n", [A, B, A < B, A == B, A =:= B]) end,
      [{id(A), id(B)} || {A, B} <- Pairs]),
    lists:max(Ts).

id(X) -> X.
