-module(maps_large).
-export([start/0]).

%% More than 32 keys: OTP switches to a hash map whose order is not sorted,
%% so only sorted views are printed.
start() ->
    M = maps:from_list([{K, K * K} || K <- lists:seq(1, 50)]),
    io:format("~p~n", [map_size(M)]),
    io:format("~p~n", [lists:sort(maps:to_list(M))]),
    io:format("~p ~p~n", [maps:get(33, M), maps:get(50, M)]),
    M2 = M#{33 := updated, 51 => new},
    io:format("~p ~p ~p~n", [maps:get(33, M2), maps:get(51, M2), map_size(M2)]),
    M3 = maps:remove(1, maps:remove(2, M2)),
    io:format("~p~n", [lists:sort(maps:keys(M3))]),
    Small = lists:foldl(fun maps:remove/2, M, lists:seq(10, 50)),
    io:format("~p~n", [Small]),
    Atoms = maps:from_list([{list_to_atom("key_" ++ integer_to_list(N)), N} || N <- lists:seq(1, 40)]),
    io:format("~p~n", [lists:sort(maps:values(Atoms))]),
    io:format("~p~n", [lists:sum(maps:values(M))]),
    io:format("~p~n", [M =:= maps:from_list(lists:reverse(maps:to_list(M)))]),
    map_size(M3).
