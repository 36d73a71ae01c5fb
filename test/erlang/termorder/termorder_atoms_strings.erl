-module(termorder_atoms_strings).
-export([start/0]).

start() ->
    Atoms = [zebra, apple, 'Apple', '', a, aa, 'a b', '123', 'ñandú', 'Zed', z, '[]', true, false],
    io:format("~p~n", [lists:sort([id(A) || A <- Atoms])]),
    Strings = ["zebra", "apple", "Apple", "", "a", "aa", "a b", "123", [241], "Zed", "z", [0], [255, 1]],
    io:format("~p~n", [lists:sort([id(S) || S <- Strings])]),
    io:format("~p~n", [[{A, B, A < B} || {A, B} <- [{abc, abd}, {ab, abc}, {'B', a}, {a, 'B'}, {'é', z}]]]),
    io:format("~p~n", [[{A, B, A < B} || {A, B} <- [{"abc", "abd"}, {"ab", "abc"}, {"B", "a"}, {[1000], [999, 1]}]]]),
    io:format("~p~n", [lists:sort(["b" ++ "a", "ab", "ba"])]),
    hd(lists:sort(Atoms)).

id(X) -> X.
