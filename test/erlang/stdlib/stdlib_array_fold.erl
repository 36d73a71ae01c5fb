-module(stdlib_array_fold).
-export([start/0]).

id(X) -> X.

start() ->
    A = array:from_list(id([a, b, c, undefined, e])),
    io:format("~p~n", [array:foldl(fun(I, V, Acc) -> [{I, V} | Acc] end, [], A)]),
    io:format("~p~n", [array:foldr(fun(I, V, Acc) -> [{I, V} | Acc] end, [], A)]),
    io:format("~p~n", [array:sparse_foldl(fun(I, V, Acc) -> [{I, V} | Acc] end, [], A)]),
    io:format("~p~n", [array:sparse_foldr(fun(I, V, Acc) -> [{I, V} | Acc] end, [], A)]),
    %% visiting order, with side effects
    array:foldl(fun(I, _, _) -> io:format("l~p ", [I]) end, ok, array:new(3)),
    array:foldr(fun(I, _, _) -> io:format("r~p ", [I]) end, ok, array:new(3)),
    array:map(fun(I, V) -> io:format("m~p ", [I]), V end, array:new(3)),
    array:sparse_map(fun(I, V) -> io:format("s~p ", [I]), V end, array:set(7, x, array:set(2, y, array:new()))),
    io:format("~n"),
    M = array:map(fun(I, V) -> {I, V} end, A),
    io:format("~p~n", [array:to_list(M)]),
    S = array:sparse_map(fun(_, V) -> {V} end, A),
    io:format("~p~n", [array:to_list(S)]),
    S2 = array:sparse_map(fun(_, _) -> undefined end, A),
    io:format("~p~n", [{array:size(S2), array:sparse_size(S2), array:to_list(S2)}]),
    F = array:map(fun(_, V) -> V end, array:new(4, {default, 1})),
    io:format("~p~n", [{array:is_fix(F), array:to_list(F)}]),
    Big = array:from_list(lists:seq(1, 5000)),
    Sum = array:foldl(fun(_, V, Acc) -> V + Acc end, 0, Big),
    Sq = array:map(fun(I, V) -> I * V end, Big),
    io:format("~p~n", [{Sum, array:get(4999, Sq), array:foldr(fun(_, V, Acc) -> max(V, Acc) end, 0, Sq)}]),
    array:foldl(fun(_, V, Acc) -> Acc + V end, 0, array:new(5, {default, 2})).
