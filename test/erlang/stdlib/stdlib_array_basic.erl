-module(stdlib_array_basic).
-export([start/0]).

id(X) -> X.

start() ->
    A0 = array:new(),
    io:format("~p~n", [{array:size(A0), array:default(A0), array:is_fix(A0), array:is_array(A0)}]),
    A1 = array:set(id(0), a, A0),
    A2 = array:set(id(5), f, A1),
    io:format("~p~n", [{array:size(A2), array:get(0, A2), array:get(3, A2), array:get(5, A2),
                        array:get(100, A2)}]),
    io:format("~p~n", [array:to_list(A2)]),
    A3 = array:set(2, c, array:set(0, aa, A2)),
    io:format("~p ~p~n", [array:to_list(A3), array:to_list(A2)]),
    L = lists:seq(1, 40),
    B = array:from_list(id(L)),
    io:format("~p~n", [{array:size(B), array:get(0, B), array:get(15, B), array:get(16, B),
                        array:get(39, B), array:to_list(B) =:= L}]),
    C = array:from_list(id([x, y]), zz),
    io:format("~p~n", [{array:default(C), array:get(7, C), array:to_list(array:set(4, w, C))}]),
    D = array:new(4, {default, 0}),
    D2 = lists:foldl(fun(I, Acc) -> array:set(I, array:get(I, Acc) + I * I, Acc) end, D, [0, 1, 2, 3, 1]),
    io:format("~p~n", [array:to_list(D2)]),
    io:format("~p~n", [[array:is_array(X) || X <- [A0, B, D2, id(foo), id({}), id([])]]]),
    array:to_list(array:reset(1, A3)).
