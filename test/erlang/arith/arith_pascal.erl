-module(arith_pascal).
-export([start/0]).

start() ->
    Rows = lists:foldl(fun(_, [R | _] = Acc) -> [next(R) | Acc] end, [[1]], lists:seq(1, 10)),
    lists:foreach(fun(R) -> io:format("~w~n", [R]) end, lists:reverse(Rows)),
    io:format("C(100, 50) = ~w~n", [binom(100, 50)]),
    io:format("C(200, 100) = ~w~n", [binom(200, 100)]),
    Row60 = lists:foldl(fun(_, R) -> next(R) end, [1], lists:seq(1, 60)),
    io:format("sum of row 60 = ~w (2^60 = ~w)~n", [lists:sum(Row60), 1 bsl 60]),
    binom(64, 32).

next(Row) -> lists:zipwith(fun(A, B) -> A + B end, [0 | Row], Row ++ [0]).

binom(N, K) -> binom(N, K, 1, 1).
binom(_, 0, Num, Den) -> Num div Den;
binom(N, K, Num, Den) -> binom(N - 1, K - 1, Num * N, Den * K).
