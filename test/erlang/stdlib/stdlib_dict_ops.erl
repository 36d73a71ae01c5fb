-module(stdlib_dict_ops).
-export([start/0]).

start() ->
    D = dict:from_list(id([{a, 1}, {b, 2}, {c, 3}])),
    S = fun(X) -> lists:sort(dict:to_list(X)) end,
    io:format("~p~n", [D]),
    io:format("~p~n", [S(dict:store(d, 4, D))]),
    io:format("~p~n", [S(dict:append(a, x, dict:store(a, [], D)))]),
    io:format("~p~n", [S(dict:append_list(l, [1, 2], dict:append_list(l, [0], D)))]),
    io:format("~p~n", [S(dict:update(a, fun(V) -> V * 100 end, D))]),
    io:format("~p~n", [S(dict:update(z, fun(V) -> V end, init, D))]),
    io:format("~p~n", [S(dict:update_counter(c, 10, D))]),
    io:format("~p~n", [S(dict:update_counter(n, 5, D))]),
    io:format("~p~n", [{dict:is_key(a, D), dict:is_key(q, D), dict:is_empty(D), dict:is_empty(dict:new())}]),
    io:format("~p~n", [lists:sort(dict:fetch_keys(D))]),
    io:format("~p~n", [dict:find(b, D)]),
    io:format("~p~n", [dict:find(q, D)]),
    io:format("~p~n", [dict:take(b, D) =/= error]),
    io:format("~p~n", [dict:take(q, D)]),
    io:format("~p~n", [S(dict:merge(fun(_, V1, V2) -> V1 + V2 end, D, dict:from_list([{a, 10}, {z, 26}])))]),
    io:format("~p~n", [S(dict:filter(fun(_, V) -> V > 1 end, D))]),
    io:format("~p~n", [S(dict:map(fun(K, V) -> {K, V} end, D))]),
    io:format("~p~n", [dict:fold(fun(_, V, A) -> A + V end, 0, D)]),
    io:format("~p~n", [dict:size(D)]),
    io:format("~w~n", [catch_it(fun() -> dict:fetch(q, D) end)]),
    io:format("~w~n", [catch_it(fun() -> dict:update(q, fun(V) -> V end, D) end)]),
    io:format("~w~n", [catch_it(fun() -> dict:append(a, x, D) end)]),
    io:format("~w~n", [catch_it(fun() -> dict:update_counter(a, x, D) end)]),
    Big = lists:foldl(fun(N, Acc) -> dict:store(N, N * N, Acc) end, dict:new(), lists:seq(1, id(100))),
    io:format("~w~n", [dict:to_list(Big)]),
    Small = lists:foldl(fun dict:erase/2, Big, lists:seq(1, 95)),
    io:format("~p~n", [Small]),
    dict:fetch(100, Big).

catch_it(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
