-module(arith_powmod).
-export([start/0]).

start() ->
    P = 1000000007,
    io:format("~w~n", [[powmod(2, E, P) || E <- [0, 1, 10, 100, 1000, 1000000]]]),
    %% Fermat: a^(p-1) = 1 mod p
    io:format("fermat: ~w~n", [[powmod(A, P - 1, P) || A <- [2, 3, 12345]]]),
    M = (1 bsl 127) - 1,
    io:format("mersenne: ~w~n", [powmod(3, M - 1, M)]),
    R = powmod(7, 1 bsl 70, 1 bsl 89 + 5),
    io:format("big: ~w~n", [R]),
    %% RSA toy round trip
    {N, E, D} = {3233, 17, 413},
    Msg = [65, 1000, 3000, 42],
    Enc = [powmod(X, E, N) || X <- Msg],
    Dec = [powmod(X, D, N) || X <- Enc],
    io:format("rsa ~w -> ~w -> ~w~n", [Msg, Enc, Dec]),
    R.

powmod(_, 0, _) -> 1;
powmod(B, E, M) when E rem 2 =:= 0 ->
    H = powmod(B, E div 2, M),
    H * H rem M;
powmod(B, E, M) -> B * powmod(B, E - 1, M) rem M.
