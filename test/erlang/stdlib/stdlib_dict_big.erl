-module(stdlib_dict_big).
-export([start/0]).

start() ->
    D = dict:from_list([{N, integer_to_list(N)} || N <- lists:seq(1, id(300))]),
    io:format("~w~n", [dict:size(D)]),
    io:format("~p~n", [lists:sublist(dict:to_list(D), 12)]),
    io:format("~w~n", [lists:sublist(dict:fetch_keys(D), 20)]),
    D2 = lists:foldl(fun dict:erase/2, D, lists:seq(1, 290)),
    io:format("~p~n", [dict:to_list(D2)]),
    io:format("~p~n", [D2]),
    D3 = dict:from_list([{atom_to_list(A), A} || A <- [alpha, beta, gamma, delta, epsilon, zeta, eta, theta]]),
    io:format("~p~n", [dict:to_list(D3)]),
    io:format("~p~n", [dict:fold(fun(K, _, A) -> [K | A] end, [], D3)]),
    D4 = dict:merge(fun(_, A, B) -> {A, B} end, D3, dict:from_list([{"beta", 2}, {"omega", 24}])),
    io:format("~p~n", [dict:to_list(D4)]),
    io:format("~p~n", [dict:to_list(dict:map(fun(_, V) -> length(V) end, D2))]),
    dict:size(dict:filter(fun(K, _) -> K rem 7 =:= 0 end, D)).

id(X) -> X.
