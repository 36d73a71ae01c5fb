-module(stdlib_array_orddict).
-export([start/0]).

id(X) -> X.

t(F) ->
    try F() of
        A -> {array:size(A), array:is_fix(A), array:to_orddict(A)}
    catch
        C:R -> {C, R}
    end.

start() ->
    Cases = [fun() -> array:from_orddict(id([{0, a}, {2, b}])) end,
             fun() -> array:from_orddict(id([])) end,
             fun() -> array:from_orddict(id([{3, x}])) end,
             fun() -> array:from_orddict(id([{0, a}, {1, b}]), zz) end,
             fun() -> array:from_orddict(id([{2, a}, {0, b}])) end,
             fun() -> array:from_orddict(id([{-1, a}])) end,
             fun() -> array:from_orddict(id([{1, a}, {1, b}])) end,
             fun() -> array:from_orddict(id([{a, 1}])) end,
             fun() -> array:from_orddict(id([foo])) end,
             fun() -> array:from_orddict(id([{0, a} | b])) end,
             fun() -> array:from_orddict(id([{0, a}, {1, b} | c])) end,
             fun() -> array:from_orddict(id([{0, a}, {1, b, c}])) end,
             fun() -> array:from_orddict(id(foo)) end,
             fun() -> array:from_orddict(id({0, a})) end],
    [io:format("~p~n", [t(F)]) || F <- Cases],
    A = array:from_orddict(id([{1, one}, {4, four}, {9, nine}]), none),
    io:format("~p~n", [array:sparse_to_orddict(A)]),
    io:format("~p~n", [array:to_orddict(A)]),
    Od = [{I * 3, I} || I <- lists:seq(0, 100)],
    B = array:from_orddict(Od),
    io:format("~p~n", [{array:size(B), array:sparse_to_orddict(B) =:= Od, array:get(150, B), array:get(151, B)}]),
    array:sparse_to_list(array:from_orddict([{0, x}, {1, undefined}, {5, y}])).
