-module(lists_plusplus_minusminus).
-export([start/0]).

start() ->
    A = id([1, 2, 3, 2, 1]), B = id([2, 1]),
    io:format("~w~n", [A -- B]),
    io:format("~w~n", [A -- [1, 1, 1]]),
    io:format("~w~n", [A -- []]),
    io:format("~w~n", [[] -- A]),
    io:format("~w~n", [A -- A]),
    io:format("~w~n", [[1, 2, 3] -- [3] -- [3]]),
    io:format("~w~n", [([1, 2, 3] -- [3]) -- [3]]),
    io:format("~w~n", [[1, 2] ++ [3] -- [3]]),
    io:format("~w~n", [[a, 1.0, 1, "s"] -- [1, "s"]]),
    io:format("~p~n", ["hello world" -- "lo"]),
    Big = lists:seq(1, 2000),
    io:format("~w~n", [length(Big -- lists:seq(1, 2000, 2))]),
    io:format("~w~n", [try id(a) -- [] catch error:E -> E end]),
    io:format("~w~n", [try [1] -- id(b) catch error:E2 -> E2 end]),
    A -- B.

id(X) -> X.
