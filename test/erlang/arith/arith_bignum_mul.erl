-module(arith_bignum_mul).
-export([start/0]).

start() ->
    A = 340282366920938463463374607431768211457,
    B = -18446744073709551617,
    io:format("~w~n~w~n~w~n", [A * A, A * B, B * B]),
    io:format("~w~n", [A * 0]),
    io:format("~w ~w~n", [A * 1 =:= A, A * -1]),
    %% small * big, both orders
    io:format("~w ~w~n", [7 * A, A * 7]),
    %% repeated squaring
    Sq = lists:foldl(fun(_, X) -> X * X end, 3, lists:seq(1, 7)),
    io:format("3^128 = ~w~n", [Sq]),
    Pow = pow(10, 60),
    io:format("10^60 = ~w~n", [Pow]),
    io:format("~w~n", [(Pow + 1) * (Pow - 1)]),
    Sq rem 1000000007.

pow(_, 0) -> 1;
pow(X, N) -> X * pow(X, N - 1).
