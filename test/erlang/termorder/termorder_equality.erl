-module(termorder_equality).
-export([start/0]).

start() ->
    Pairs = [{1, 1.0}, {0, -0.0}, {[1, 2], [1.0, 2]}, {{a, 1}, {a, 1.0}}, {#{k => 1}, #{k => 1.0}},
             {#{1 => k}, #{1.0 => k}}, {<<1>>, <<1>>}, {"abc", [97, 98, 99]}, {a, "a"}, {[], ""},
             {1 bsl 60, float(1 bsl 60)}, {{}, {}}, {[[1]], [[1.0]]}],
    lists:foreach(
      fun({A, B}) ->
              io:format("~w ~w: == ~w /= ~w =:= ~w =/= ~w~n", [A, B, A == B, A /= B, A =:= B, A =/= B])
      end, [{id(A), id(B)} || {A, B} <- Pairs]),
    io:format("~w~n", [[X || X <- [1, 1.0, 2, 2.0], X == 1]]),
    io:format("~w~n", [[X || X <- [1, 1.0, 2, 2.0], X =:= 1]]),
    io:format("~w~n", [case id(1.0) of 1 -> int_pattern; 1.0 -> float_pattern end]),
    io:format("~w~n", [lists:member(1.0, [1]) orelse lists:member(1, [1.0])]),
    io:format("~w~n", [lists:delete(1.0, [1, 1.0, 2])]),
    io:format("~w~n", [[1, 1.0] -- [1.0]]),
    ok.

id(X) -> X.
