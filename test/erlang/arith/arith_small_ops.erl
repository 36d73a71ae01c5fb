-module(arith_small_ops).
-export([start/0]).

%% Basic arithmetic on small integers, operands hidden from the compiler.
start() ->
    Pairs = [{7, 3}, {-7, 3}, {7, -3}, {-7, -3}, {0, 5}, {100, 7}, {1, 1},
             {12345, 678}, {-1, 1}, {134217727, 2}],
    lists:foreach(fun({A, B}) -> show(A, B) end, Pairs),
    Sum = lists:foldl(fun(X, Acc) -> X + Acc end, 0, lists:seq(1, 100)),
    Prod = lists:foldl(fun(X, Acc) -> X * Acc end, 1, lists:seq(1, 10)),
    io:format("sum 1..100 = ~p, 10! = ~p~n", [Sum, Prod]),
    io:format("neg ~p ~p ~p~n", [-id(5), -(id(-5)), id(3) - id(10)]),
    {Sum, Prod}.

show(A, B) ->
    io:format("~p ~p: + ~p  - ~p  * ~p  div ~p  rem ~p~n",
              [id(A), id(B), A + B, A - B, A * B, A div B, A rem B]).

id(X) -> X.
