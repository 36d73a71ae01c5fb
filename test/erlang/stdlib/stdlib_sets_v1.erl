-module(stdlib_sets_v1).
-export([start/0]).

%% OTP 25's default sets: to_list/fold order and printed shape are OTP's.
start() ->
    S = sets:from_list(id([c, a, b, a, 1, 2.0, "s", {t}])),
    io:format("~p~n", [sets:to_list(S)]),
    io:format("~p~n", [S]),
    Big = sets:from_list(lists:seq(1, 100)),
    io:format("~w~n", [sets:to_list(Big)]),
    Small = sets:filter(fun(X) -> X rem 7 =:= 0 end, Big),
    io:format("~w~n", [sets:to_list(Small)]),
    io:format("~w ~w~n", [sets:size(Big), sets:size(Small)]),
    io:format("~w~n", [sets:to_list(sets:del_element(14, Small))]),
    io:format("~w~n", [sets:to_list(sets:union(Small, sets:from_list([1000, 2000])))]),
    io:format("~w~n", [sets:to_list(sets:intersection(Small, sets:from_list(lists:seq(1, 30))))]),
    io:format("~w~n", [sets:to_list(sets:subtract(Small, sets:from_list([7, 70])))]),
    io:format("~w ~w~n", [sets:is_element(49, Small), sets:is_element(50, Small)]),
    io:format("~w ~w~n", [sets:is_subset(Small, Big), sets:is_disjoint(Small, sets:from_list([1, 2]))]),
    io:format("~w~n", [sets:fold(fun(X, Acc) -> X + Acc end, 0, Big)]),
    Shrunk = lists:foldl(fun sets:del_element/2, Big, lists:seq(1, 90)),
    io:format("~w~n", [Shrunk]),
    io:format("~w~n", [sets:to_list(sets:union([sets:from_list([x]), sets:from_list([y]), sets:new()]))]),
    sets:is_set(S).

id(X) -> X.
