-module(arith_comparisons).
-export([start/0]).

start() ->
    Vals = [-(1 bsl 64), -5, 0, 3, 134217727, 134217728, 1 bsl 64],
    lists:foreach(
      fun(A) ->
              Row = [cmp(A, B) || B <- Vals],
              io:format("~25w ~s~n", [A, Row])
      end, Vals),
    io:format("~w ~w ~w ~w~n", [id(1) == id(1.0), id(1) =:= id(1.0), id(1) /= id(1.0), id(1) =/= id(1.0)]),
    io:format("~w ~w ~w ~w~n", [id(2) >= id(2), id(2) =< id(1), id(-3) < id(-2), id(10) > id(9)]),
    Sorted = lists:sort([5, -(1 bsl 70), 1 bsl 70, 0, -1, 134217728, 3]),
    io:format("~w~n", [Sorted]),
    Sorted.

cmp(A, B) when A < B -> $<;
cmp(A, B) when A > B -> $>;
cmp(A, B) when A == B -> $=.

id(X) -> X.
