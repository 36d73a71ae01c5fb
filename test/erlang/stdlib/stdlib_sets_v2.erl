-module(stdlib_sets_v2).
-export([start/0]).

start() ->
    S = sets:from_list(id([c, a, b, a]), [{version, 2}]),
    io:format("~p~n", [S]),
    io:format("~p~n", [lists:sort(sets:to_list(S))]),
    S2 = sets:add_element(d, sets:del_element(a, S)),
    io:format("~p~n", [S2]),
    io:format("~p~n", [sets:union(S, S2)]),
    io:format("~p~n", [sets:intersection(S, S2)]),
    io:format("~p~n", [sets:subtract(S, S2)]),
    io:format("~p~n", [sets:filter(fun(X) -> X =/= b end, S)]),
    io:format("~p ~p~n", [sets:is_element(c, S), sets:is_subset(S, S2)]),
    io:format("~p~n", [sets:new([{version, 2}])]),
    io:format("~p~n", [lists:sort(sets:fold(fun(X, A) -> [X | A] end, [], S))]),
    {sets:size(S), sets:is_empty(S), sets:is_set(S)}.

id(X) -> X.
