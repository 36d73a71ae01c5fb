-module(arith_bignum_add_sub).
-export([start/0]).

start() ->
    A = 123456789012345678901234567890,
    B = 987654321098765432109876543210,
    io:format("~w~n~w~n~w~n~w~n", [A + B, A - B, B - A, -A - B]),
    %% carries across many limbs
    C = (1 bsl 256) - 1,
    io:format("~w~n~w~n", [C + 1, (C + 1) - 1 =:= C]),
    %% back to small results
    io:format("~w ~w~n", [(A + 5) - A, (B - 7) - B]),
    %% sum of a long list of bignums
    L = [N * 100000000000000000000 || N <- lists:seq(1, 50)],
    S = lists:sum(L),
    io:format("sum ~w~n", [S]),
    D = lists:foldl(fun(X, Acc) -> Acc - X end, 0, L),
    io:format("neg sum ~w ~w~n", [D, D + S]),
    S.
