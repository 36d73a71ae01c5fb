-module(stdlib_array_sparse).
-export([start/0]).

id(X) -> X.

start() ->
    A = array:set(id(1000), last, array:set(id(3), three, array:set(id(70), x, array:new()))),
    io:format("~p~n", [{array:size(A), array:sparse_size(A)}]),
    io:format("~p~n", [array:sparse_to_list(A)]),
    io:format("~p~n", [array:sparse_to_orddict(A)]),
    io:format("~p~n", [length(array:to_list(A))]),
    io:format("~p~n", [lists:sublist(array:to_orddict(A), 2, 3)]),
    B = array:set(500, undefined, A),
    io:format("~p~n", [{array:size(B), array:sparse_to_list(B)}]),
    C = array:set(3, zero, array:new([{default, zero}])),
    io:format("~p~n", [{array:size(C), array:sparse_size(C), array:sparse_to_list(C), array:to_list(C)}]),
    D = array:from_list(id([0, 1, 0, 2, 0, 0]), 0),
    io:format("~p~n", [{array:sparse_to_list(D), array:sparse_to_orddict(D), array:sparse_size(D),
                        array:size(array:resize(D))}]),
    Big = array:set(id(123456), big, array:new()),
    io:format("~p~n", [{array:size(Big), array:sparse_to_orddict(Big), array:get(123455, Big),
                        array:sparse_foldl(fun(I, V, Acc) -> [{I, V} | Acc] end, [], Big)}]),
    E = array:reset(3, A),
    io:format("~p~n", [array:sparse_to_orddict(E)]),
    array:sparse_size(array:new(10)).
