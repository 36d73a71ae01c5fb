-module(stdlib_orddict).
-export([start/0]).

start() ->
    D = orddict:from_list(id([{b, 2}, {a, 1}, {c, 3}, {a, 10}])),
    io:format("~w~n", [D]),
    io:format("~w ~w~n", [orddict:fetch(a, D), orddict:find(z, D)]),
    io:format("~w~n", [orddict:store(bb, 5, D)]),
    io:format("~w~n", [orddict:erase(b, D)]),
    io:format("~w~n", [orddict:take(c, D)]),
    io:format("~w~n", [orddict:append(a, x, orddict:store(a, [], D))]),
    io:format("~w~n", [orddict:append_list(z, [1, 2], D)]),
    io:format("~w~n", [orddict:update(a, fun(V) -> V * 2 end, D)]),
    io:format("~w~n", [orddict:update(q, fun(V) -> V * 2 end, 0, D)]),
    io:format("~w~n", [orddict:update_counter(c, 5, D)]),
    io:format("~w~n", [orddict:fetch_keys(D)]),
    io:format("~w~n", [orddict:map(fun(_, V) -> V + 1 end, D)]),
    io:format("~w~n", [orddict:filter(fun(K, _) -> K =/= b end, D)]),
    io:format("~w~n", [orddict:fold(fun(K, V, Acc) -> [{V, K} | Acc] end, [], D)]),
    io:format("~w~n", [orddict:merge(fun(_, X, Y) -> X + Y end, D, [{a, 100}, {d, 4}])]),
    io:format("~w~n", [try orddict:fetch(zz, D) catch C:R -> {C, R} end]),
    {orddict:size(D), orddict:is_key(b, D), orddict:is_empty(D)}.

id(X) -> X.
