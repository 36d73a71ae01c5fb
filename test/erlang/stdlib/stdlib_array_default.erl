-module(stdlib_array_default).
-export([start/0]).

%% Default values: what reads, resets and sparse functions see for several defaults.
id(X) -> X.

start() ->
    Defaults = [undefined, 0, [], {}, <<>>, nil],
    [begin
         A0 = array:new([{default, D}]),
         A1 = array:set(4, x, array:set(1, D, A0)),
         io:format("~p ~p ~p ~p ~p~n", [D, array:get(0, A1), array:get(9, A1), array:sparse_to_orddict(A1),
                                       array:sparse_size(array:reset(4, A1))])
     end || D <- [id(X) || X <- Defaults]],
    F = array:from_list([1, 2, 3], id(0)),
    io:format("~p~n", [{array:default(F), array:to_list(array:set(5, 6, F))}]),
    M = array:map(fun(_, V) -> V * 10 end, array:new(3, {default, 1})),
    io:format("~p~n", [{array:default(M), array:to_list(M), array:sparse_to_list(M)}]),
    array:sparse_foldl(fun(I, V, Acc) -> [{I, V} | Acc] end, [], array:from_list([0, 1, 0, 2], 0)).
