-module(arith_digits).
-export([start/0]).

start() ->
    P = 1 bsl 1000,
    io:format("digit sum of 2^1000: ~w~n", [digit_sum(P)]),
    io:format("digits of 3^100: ~w~n", [length(integer_to_list(pow(3, 100)))]),
    io:format("reverse 1234567890123: ~w~n", [rev(1234567890123, 0)]),
    Pal = [N || N <- lists:seq(1, 1000), N =:= rev(N, 0), N rem 11 =:= 0],
    io:format("palindromes divisible by 11: ~w~n", [Pal]),
    Lychrel = lychrel(196, 0),
    io:format("196 after 30 reverse-and-add steps: ~w~n", [Lychrel]),
    digit_sum(P).

digit_sum(0) -> 0;
digit_sum(N) -> N rem 10 + digit_sum(N div 10).

rev(0, Acc) -> Acc;
rev(N, Acc) -> rev(N div 10, Acc * 10 + N rem 10).

pow(_, 0) -> 1;
pow(B, E) -> B * pow(B, E - 1).

lychrel(N, 30) -> N;
lychrel(N, K) -> lychrel(N + rev(N, 0), K + 1).
