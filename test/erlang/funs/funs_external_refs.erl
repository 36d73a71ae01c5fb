-module(funs_external_refs).
-export([start/0, triple/1]).

start() ->
    F1 = fun lists:reverse/1,
    F2 = fun ?MODULE:triple/1,
    F3 = fun triple/1,
    F4 = fun erlang:'+'/2,
    F5 = fun local_helper/2,
    io:format("~p ~p ~p ~p ~p~n", [F1([1, 2, 3]), F2(3), F3(4), F4(1, 2), F5(a, b)]),
    io:format("~p~n", [lists:map(fun triple/1, [1, 2, 3])]),
    io:format("~p~n", [lists:foldl(fun erlang:max/2, 0, [3, 9, 2])]),
    M = id(lists), F = id(seq),
    Dyn = fun M:F/2,
    io:format("~p~n", [Dyn(1, 5)]),
    io:format("~p~n", [F1]),
    io:format("~p~n", [F2]),
    io:format("~w~n", [fun erlang:length/1]),
    io:format("~p ~p~n", [F2 =:= fun ?MODULE:triple/1, F1 == fun lists:reverse/1]),
    F1.

triple(X) -> 3 * X.

local_helper(A, B) -> {B, A}.

id(X) -> X.
