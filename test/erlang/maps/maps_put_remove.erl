-module(maps_put_remove).
-export([start/0]).

start() ->
    M = id(#{a => 1, b => 2, c => 3}),
    io:format("~p~n", [maps:put(d, 4, M)]),
    io:format("~p~n", [maps:put(a, replaced, M)]),
    io:format("~p~n", [maps:remove(b, M)]),
    io:format("~p~n", [maps:remove(zz, M)]),
    io:format("~p~n", [maps:take(c, M)]),
    io:format("~p~n", [maps:take(zz, M)]),
    io:format("~p~n", [maps:without([a, c, x], M)]),
    io:format("~p~n", [maps:with([a, c, x], M)]),
    Emptied = lists:foldl(fun maps:remove/2, M, [a, b, c]),
    io:format("~p ~p~n", [Emptied, map_size(Emptied)]),
    io:format("~p~n", [try maps:put(k, v, id(nomap)) catch error:E -> E end]),
    io:format("~p~n", [try maps:remove(k, id(nomap)) catch error:E2 -> E2 end]),
    maps:put(e, 5, M).

id(X) -> X.
