-module(lists_permutations).
-export([start/0]).

start() ->
    io:format("~w~n", [perms([1, 2, 3])]),
    io:format("~p~n", [perms("abc")]),
    io:format("~w~n", [length(perms(lists:seq(1, 6)))]),
    io:format("~w~n", [powerset([a, b, c])]),
    io:format("~w~n", [combinations(2, [1, 2, 3, 4])]),
    io:format("~w~n", [length(combinations(3, lists:seq(1, 10)))]),
    Anagrams = [W || W <- perms("tea"), lists:member(W, ["eat", "ate", "tea", "eta"])],
    io:format("~p~n", [Anagrams]),
    length(powerset(lists:seq(1, 10))).

perms([]) -> [[]];
perms(L) -> [[H | T] || H <- L, T <- perms(L -- [H])].

powerset([]) -> [[]];
powerset([H | T]) -> P = powerset(T), [[H | S] || S <- P] ++ P.

combinations(0, _) -> [[]];
combinations(_, []) -> [];
combinations(K, [H | T]) -> [[H | C] || C <- combinations(K - 1, T)] ++ combinations(K, T).
