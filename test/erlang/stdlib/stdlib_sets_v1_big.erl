-module(stdlib_sets_v1_big).
-export([start/0]).

start() ->
    S = sets:from_list(lists:seq(1, id(500))),
    io:format("~w~n", [sets:size(S)]),
    io:format("~w~n", [lists:sublist(sets:to_list(S), 30)]),
    S2 = lists:foldl(fun sets:del_element/2, S, lists:seq(1, 480)),
    io:format("~w~n", [sets:to_list(S2)]),
    io:format("~w~n", [S2]),
    S3 = sets:from_list([{N, [N]} || N <- lists:seq(1, id(40))]),
    io:format("~w~n", [sets:to_list(S3)]),
    S4 = sets:from_list([integer_to_list(N) || N <- lists:seq(1, id(25))]),
    io:format("~p~n", [sets:to_list(S4)]),
    io:format("~w~n", [sets:fold(fun(X, A) -> A + X end, 0, S)]),
    io:format("~w~n", [sets:to_list(sets:filter(fun(X) -> X rem 50 =:= 0 end, S))]),
    sets:size(sets:union(S, sets:from_list(lists:seq(400, 600)))).

id(X) -> X.
