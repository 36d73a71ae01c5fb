-module(arith_factorial).
-export([start/0]).

start() ->
    lists:foreach(fun(N) -> io:format("~w! = ~w~n", [N, fact(N)]) end,
                  [0, 1, 5, 12, 13, 20, 21, 25, 50, 100]),
    F1000 = fact_iter(1000, 1),
    Digits = integer_to_list(F1000),
    io:format("1000! has ~w digits, starts ~s, digit sum ~w~n",
              [length(Digits), lists:sublist(Digits, 20), lists:sum([D - $0 || D <- Digits])]),
    io:format("trailing zeros: ~w~n", [trailing_zeros(F1000, 0)]),
    fact(30).

fact(0) -> 1;
fact(N) when N > 0 -> N * fact(N - 1).

fact_iter(0, Acc) -> Acc;
fact_iter(N, Acc) -> fact_iter(N - 1, Acc * N).

trailing_zeros(N, Z) when N rem 10 =:= 0 -> trailing_zeros(N div 10, Z + 1);
trailing_zeros(_, Z) -> Z.
