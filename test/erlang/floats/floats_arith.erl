-module(floats_arith).
-export([start/0]).

start() ->
    Pairs = [{1.5, 2.25}, {-0.5, 4.0}, {1.0e10, 3.0e-5}, {3, 0.5}, {0.1, 0.2}, {7, 2.0}],
    lists:foreach(
      fun({A, B}) ->
              io:format("~p ~p: ~p ~p ~p ~p~n", [A, B, A + B, A - B, A * B, A / B])
      end, Pairs),
    io:format("~p ~p~n", [0.1 + id(0.2), (0.1 + id(0.2)) =:= 0.3]),
    io:format("~p ~p~n", [-id(2.5), abs(id(-2.5))]),
    Sum = lists:foldl(fun(X, Acc) -> X + Acc end, 0.0, [0.1 || _ <- lists:seq(1, 10)]),
    io:format("ten times 0.1 = ~p~n", [Sum]),
    Mean = lists:sum([1.5, 2.5, 3.5, 10.0]) / 4,
    io:format("mean ~p~n", [Mean]),
    Mean.

id(X) -> X.
