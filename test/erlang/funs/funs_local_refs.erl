-module(funs_local_refs).
-export([start/0]).

start() ->
    io:format("~p~n", [lists:map(fun double/1, [1, 2, 3])]),
    io:format("~p~n", [lists:filter(fun is_vowel/1, "functional programming")]),
    io:format("~p~n", [lists:foldl(fun add/2, 0, lists:seq(1, 10))]),
    io:format("~p~n", [lists:sort(fun by_length/2, ["ccc", "a", "bb", "dddd", ""])]),
    Fs = [fun double/1, fun square/1, fun negate/1],
    io:format("~p~n", [[F(7) || F <- Fs]]),
    io:format("~p~n", [apply_all(Fs, 3)]),
    io:format("~p~n", [lists:zipwith(fun add/2, [1, 2], [10, 20])]),
    lists:foldr(fun add/2, 0, [1, 2, 3]).

double(X) -> X * 2.
square(X) -> X * X.
negate(X) -> -X.
add(X, Y) -> X + Y.
is_vowel(C) -> lists:member(C, "aeiou").
by_length(A, B) -> length(A) =< length(B).

apply_all(Fs, X) -> lists:foldl(fun(F, Acc) -> F(Acc) end, X, Fs).
