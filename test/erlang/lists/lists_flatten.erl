-module(lists_flatten).
-export([start/0]).

start() ->
    Deep = id([1, [2, [3, [4, [5]]]], [], [[[]]], [6 | [7]], "ab", [[<<"bin">>]]]),
    io:format("~w~n", [lists:flatten(Deep)]),
    io:format("~w~n", [lists:flatten(Deep, [tail])]),
    io:format("~w~n", [lists:flatlength(Deep)]),
    io:format("~w~n", [lists:flatten([])]),
    io:format("~w~n", [my_flatten(Deep)]),
    io:format("~w~n", [my_flatten(Deep) =:= lists:flatten(Deep)]),
    VeryDeep = lists:foldl(fun(X, Acc) -> [Acc, X] end, [], lists:seq(1, 1000)),
    F = lists:flatten(VeryDeep),
    io:format("~w ~w ~w~n", [length(F), hd(F), lists:last(F)]),
    io:format("~p~n", [lists:flatten(io_lib:format("~w-~w", [1, 2]))]),
    lists:flatten([[a], [[b]], [[[c]]]]).

my_flatten(L) -> lists:reverse(fl(L, [])).
fl([], Acc) -> Acc;
fl([H | T], Acc) when is_list(H) -> fl(T, fl(H, Acc));
fl([H | T], Acc) -> fl(T, [H | Acc]).

id(X) -> X.
