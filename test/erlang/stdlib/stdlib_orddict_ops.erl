-module(stdlib_orddict_ops).
-export([start/0]).

start() ->
    D = orddict:from_list(id([{c, 3}, {a, 1}, {b, 2}, {a, 9}])),
    io:format("~p~n", [D]),
    io:format("~p~n", [orddict:store(bb, 22, D)]),
    io:format("~p~n", [orddict:append(a, x, orddict:store(a, [], D))]),
    io:format("~p~n", [orddict:append_list(n, [1, 2], D)]),
    io:format("~p~n", [orddict:update(a, fun(V) -> -V end, D)]),
    io:format("~p~n", [orddict:update(z, fun(V) -> V end, init, D)]),
    io:format("~p~n", [orddict:update_counter(b, 3, D)]),
    io:format("~p~n", [orddict:erase(b, D)]),
    io:format("~p~n", [orddict:erase(zz, D)]),
    io:format("~p~n", [orddict:take(a, D)]),
    io:format("~p~n", [orddict:take(zz, D)]),
    io:format("~p~n", [orddict:merge(fun(_, X, Y) -> X + Y end, D, orddict:from_list([{a, 100}, {d, 4}]))]),
    io:format("~p~n", [orddict:filter(fun(K, _) -> K =/= a end, D)]),
    io:format("~p~n", [orddict:map(fun(_, V) -> V * 2 end, D)]),
    io:format("~p~n", [orddict:fold(fun(K, V, A) -> [{V, K} | A] end, [], D)]),
    io:format("~p~n", [{orddict:size(D), orddict:is_empty(orddict:new()), orddict:fetch_keys(D)}]),
    io:format("~p~n", [{orddict:find(1, orddict:from_list([{1.0, f}])), orddict:is_key(1, orddict:from_list([{1.0, f}]))}]),
    io:format("~p~n", [orddict:to_list(D) =:= D]),
    io:format("~w~n", [catch_it(fun() -> orddict:fetch(zz, D) end)]),
    io:format("~w~n", [catch_it(fun() -> orddict:update(zz, fun(V) -> V end, D) end)]),
    io:format("~w~n", [catch_it(fun() -> orddict:append(a, x, D) end)]),
    orddict:store(0, zero, D).

catch_it(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
