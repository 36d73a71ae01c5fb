-module(strings_escapes_chars).
-export([start/0]).

start() ->
    Chars = "aZ09 _!\t\n~\\\"",
    lists:foreach(fun(C) -> io:format("~3w ~p ~s~n", [C, classify(C), describe(C)]) end, Chars),
    io:format("~p~n", [[$\^A, $\^Z, $\s, $\b, $\f, $\r, $\v, $\0]]),
    io:format("~p~n", ["\101\102\103"]),
    io:format("~p~n", ["\x{3b1}\x{3b2}"]),
    io:format("~w~n", ["\x{3b1}\x{3b2}"]),
    io:format("~p~n", [[7, 8, 9, 10, 11, 12, 13, 27]]),
    io:format("~p~n", [[0, 1, 2]]),
    io:format("~p~n", ["a\000b"]),
    length(Chars).

classify(C) when C >= $a, C =< $z -> lower;
classify(C) when C >= $A, C =< $Z -> upper;
classify(C) when C >= $0, C =< $9 -> digit;
classify(C) when C =:= $\s; C =:= $\t; C =:= $\n -> space;
classify(_) -> punct.

describe($\n) -> "\\n";
describe($\t) -> "\\t";
describe(C) -> [C].
