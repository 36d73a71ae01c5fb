-module(maps_large_ops).
-export([start/0]).

start() ->
    M = maps:from_list([{integer_to_binary(K), K} || K <- lists:seq(1, 1000)]),
    io:format("~p~n", [map_size(M)]),
    io:format("~p~n", [maps:fold(fun(_, V, Acc) -> V + Acc end, 0, M)]),
    Even = maps:filter(fun(_, V) -> V rem 2 =:= 0 end, M),
    io:format("~p~n", [map_size(Even)]),
    Doubled = maps:map(fun(_, V) -> V * 2 end, M),
    io:format("~p~n", [maps:get(<<"500">>, Doubled)]),
    Merged = maps:merge(M, maps:from_list([{integer_to_binary(K), -K} || K <- lists:seq(990, 1100)])),
    io:format("~p ~p ~p~n", [map_size(Merged), maps:get(<<"990">>, Merged), maps:get(<<"1100">>, Merged)]),
    Keys = lists:sort(maps:keys(Even)),
    io:format("~p~n", [lists:sublist(Keys, 5)]),
    io:format("~p~n", [lists:sort(maps:to_list(maps:with([<<"1">>, <<"2">>, <<"999">>], M)))]),
    Inverted = maps:fold(fun(K, V, Acc) -> Acc#{V => K} end, #{}, M),
    io:format("~p~n", [maps:get(777, Inverted)]),
    map_size(maps:without(maps:keys(Even), M)).
