-module(printing_strings_vs_lists).
-export([start/0]).

start() ->
    Ls = [[72, 101, 108, 108, 111], [72, 101, 108, 108, 111, 0], [1, 2, 3], [65, 66 | 67], [10, 13, 9],
          [32, 126], [31], [127], [128], [160, 255], [256], "with \"quotes\"", "back\\slash", [7], [8],
          [27], ["nested", "strings"], [[65], [66, 67]], [65, [66]], "", [[]], [$a, -1]],
    lists:foreach(fun(L) -> io:format("~p~n", [L]) end, Ls),
    io:format("~p~n", [Ls]),
    io:format("~s~n", [[72, 105]]),
    io:format("~w~n", ["Hi"]),
    [72, 105].
