-module(stdlib_sets_v2_repr).
-export([start/0]).

start() ->
    S = sets:from_list(id([b, a, c]), [{version, 2}]),
    io:format("~p~n", [S]),
    io:format("~p~n", [sets:new([{version, 2}])]),
    io:format("~p~n", [sets:add_element(z, S)]),
    io:format("~p~n", [sets:del_element(a, S)]),
    io:format("~p~n", [S =:= sets:from_list(id([a, b, c]), [{version, 2}])]),
    io:format("~p~n", [sets:is_set(S)]),
    io:format("~p~n", [sets:is_set(#{a => x})]),
    io:format("~p~n", [sets:is_set(#{})]),
    V1 = sets:from_list(id([1, 2])),
    io:format("~p~n", [V1]),
    io:format("~p~n", [lists:sort(sets:to_list(sets:union(V1, sets:from_list(id([3]), [{version, 2}]))))]),
    io:format("~p~n", [sets:is_subset(V1, sets:from_list(id([1, 2, 3]), [{version, 2}]))]),
    io:format("~p~n", [sets:new([{version, 1}])]),
    io:format("~p~n", [sets:from_list(id([x]), [{version, 1}])]),
    Big = sets:from_list(lists:seq(1, id(20)), [{version, 2}]),
    io:format("~p~n", [lists:sort(sets:to_list(Big))]),
    io:format("~p~n", [sets:fold(fun(X, A) -> max(X, A) end, 0, Big)]),
    sets:size(Big).

id(X) -> X.
