-module(funs_lazy_streams).
-export([start/0]).

%% Infinite lazy sequences built from closures.
start() ->
    Nat = from(1),
    io:format("~p~n", [take(10, Nat)]),
    Squares = smap(fun(X) -> X * X end, Nat),
    io:format("~p~n", [take(10, Squares)]),
    Evens = sfilter(fun(X) -> X rem 2 =:= 0 end, Nat),
    io:format("~p~n", [take(10, Evens)]),
    Primes = sieve(from(2)),
    io:format("~p~n", [take(15, Primes)]),
    Fibs = fibs(0, 1),
    io:format("~p~n", [take(20, Fibs)]),
    io:format("~p~n", [nth(100, Fibs)]),
    Zipped = szip(Nat, Squares),
    io:format("~p~n", [take(5, Zipped)]),
    nth(50, Primes).

from(N) -> fun() -> {N, from(N + 1)} end.

take(0, _) -> [];
take(N, S) -> {H, T} = S(), [H | take(N - 1, T)].

nth(1, S) -> element(1, S());
nth(N, S) -> nth(N - 1, element(2, S())).

smap(F, S) -> fun() -> {H, T} = S(), {F(H), smap(F, T)} end.

sfilter(P, S) ->
    fun() ->
            {H, T} = S(),
            case P(H) of
                true -> {H, sfilter(P, T)};
                false -> (sfilter(P, T))()
            end
    end.

sieve(S) ->
    fun() ->
            {P, T} = S(),
            {P, sieve(sfilter(fun(X) -> X rem P =/= 0 end, T))}
    end.

fibs(A, B) -> fun() -> {A, fibs(B, A + B)} end.

szip(S1, S2) -> fun() -> {A, T1} = S1(), {B, T2} = S2(), {{A, B}, szip(T1, T2)} end.
