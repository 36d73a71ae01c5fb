-module(stdlib_array_table).
-export([start/0]).

%% An array as a mutable-style table: counting, sieve of Eratosthenes, a 2-D grid.
id(X) -> X.

sieve(N) ->
    A0 = array:new(N + 1, {default, true}),
    A1 = array:set(1, false, array:set(0, false, A0)),
    sieve(2, N, A1).

sieve(P, N, A) when P * P > N -> A;
sieve(P, N, A) ->
    case array:get(P, A) of
        true -> sieve(P + 1, N, cross(P * P, P, N, A));
        false -> sieve(P + 1, N, A)
    end.

cross(I, _, N, A) when I > N -> A;
cross(I, P, N, A) -> cross(I + P, P, N, array:set(I, false, A)).

start() ->
    S = sieve(id(2000)),
    Primes = array:foldr(fun(I, true, Acc) -> [I | Acc]; (_, false, Acc) -> Acc end, [], S),
    io:format("~p ~p ~p~n", [length(Primes), lists:sublist(Primes, 10), lists:last(Primes)]),
    Words = string:tokens(id("the cat and the dog and the bird saw a cat"), " "),
    Counts = lists:foldl(fun(W, A) -> I = length(W), array:set(I, array:get(I, A) + 1, A) end,
                         array:new({default, 0}), Words),
    io:format("~p~n", [array:sparse_to_orddict(Counts)]),
    Grid = array:new(id(5), {default, array:new(5, {default, '.'})}),
    G2 = lists:foldl(fun({R, C}, G) -> array:set(R, array:set(C, '#', array:get(R, G)), G) end,
                     Grid, [{0, 0}, {1, 1}, {2, 2}, {3, 3}, {4, 4}, {0, 4}, {4, 0}]),
    array:foldl(fun(_, Row, _) -> io:format("~s~n", [[atom_to_list(X) || X <- array:to_list(Row)]]) end, ok, G2),
    length(Primes).
