-module(lists_char_lists).
-export([start/0]).

start() ->
    S = id("The quick brown fox jumps over the lazy dog"),
    Words = words(S),
    io:format("~p~n", [Words]),
    io:format("~p~n", [lists:reverse(Words)]),
    io:format("~p~n", [[lists:reverse(W) || W <- Words]]),
    io:format("~p~n", [[upper(C) || C <- S]]),
    Letters = [C || C <- S, C >= $a, C =< $z],
    io:format("pangram: ~p~n", [lists:usort(Letters) =:= lists:seq($a, $z) -- "t" orelse
                                   length(lists:usort([lower(C) || C <- S, C =/= $\s])) =:= 26]),
    io:format("~p~n", [[P || P <- ["racecar", "level", "hello", "a", ""], P =:= lists:reverse(P)]]),
    io:format("~p~n", [caesar(S, 13)]),
    io:format("~p~n", [caesar(caesar(S, 13), 13) =:= S]),
    length(Words).

words(S) -> words(S, [], []).
words([], [], Acc) -> lists:reverse(Acc);
words([], W, Acc) -> lists:reverse([lists:reverse(W) | Acc]);
words([$\s | T], [], Acc) -> words(T, [], Acc);
words([$\s | T], W, Acc) -> words(T, [], [lists:reverse(W) | Acc]);
words([C | T], W, Acc) -> words(T, [C | W], Acc).

upper(C) when C >= $a, C =< $z -> C - 32;
upper(C) -> C.

lower(C) when C >= $A, C =< $Z -> C + 32;
lower(C) -> C.

caesar(S, N) -> [rot(C, N) || C <- S].
rot(C, N) when C >= $a, C =< $z -> $a + (C - $a + N) rem 26;
rot(C, N) when C >= $A, C =< $Z -> $A + (C - $A + N) rem 26;
rot(C, _) -> C.

id(X) -> X.
