-module(arith_primes).
-export([start/0]).

start() ->
    Ps = sieve(lists:seq(2, 1000)),
    io:format("~w primes below 1000, sum ~w~n", [length(Ps), lists:sum(Ps)]),
    io:format("first 25: ~w~n", [lists:sublist(Ps, 25)]),
    io:format("last 5: ~w~n", [lists:nthtail(length(Ps) - 5, Ps)]),
    Twins = [{P, P + 2} || P <- Ps, lists:member(P + 2, Ps)],
    io:format("twin pairs: ~w, first ~w~n", [length(Twins), lists:sublist(Twins, 6)]),
    io:format("factor 600851475143 = ~w~n", [factor(600851475143, 2)]),
    io:format("factor 2^64+1 = ~w~n", [factor((1 bsl 64) + 1, 2)]),
    lists:last(Ps).

sieve([]) -> [];
sieve([P | Rest]) -> [P | sieve([X || X <- Rest, X rem P =/= 0])].

factor(1, _) -> [];
factor(N, D) when D * D > N -> [N];
factor(N, D) when N rem D =:= 0 -> [D | factor(N div D, D)];
factor(N, 2) -> factor(N, 3);
factor(N, D) -> factor(N, D + 2).
