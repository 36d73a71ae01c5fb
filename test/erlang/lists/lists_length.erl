-module(lists_length).
-export([start/0]).

start() ->
    Ls = [[], [a], "hello", lists:seq(1, 1000), [[1, 2], [3]], lists:duplicate(100000, 0)],
    io:format("~w~n", [[length(id(L)) || L <- Ls]]),
    io:format("~w~n", [[try length(id(X)) catch error:E -> E end || X <- [a, <<"bin">>, {1, 2}, [1 | 2]]]]),
    Guard = [g(id(L)) || L <- [[], [1], [1, 2, 3], lists:seq(1, 50)]],
    io:format("~w~n", [Guard]),
    lists:sum([length(L) || L <- Ls]).

g(L) when length(L) =:= 0 -> empty;
g(L) when length(L) < 3 -> short;
g(L) when length(L) < 10 -> medium;
g(_) -> long.

id(X) -> X.
