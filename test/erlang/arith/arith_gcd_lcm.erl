-module(arith_gcd_lcm).
-export([start/0]).

start() ->
    Pairs = [{12, 18}, {17, 5}, {0, 9}, {1071, 462}, {-48, 36},
             {123456789012345678901234567890, 9876543210}],
    lists:foreach(fun({A, B}) -> io:format("gcd(~w, ~w) = ~w~n", [A, B, gcd(A, B)]) end, Pairs),
    L = lists:foldl(fun lcm/2, 1, lists:seq(1, 100)),
    io:format("lcm(1..100) = ~w~n", [L]),
    io:format("check: ~w~n", [lists:all(fun(K) -> L rem K =:= 0 end, lists:seq(1, 100))]),
    L.

gcd(A, 0) -> abs(A);
gcd(A, B) -> gcd(B, A rem B).

lcm(A, B) -> A * B div gcd(A, B).
