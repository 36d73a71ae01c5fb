-module(stdlib_array_options).
-export([start/0]).

id(X) -> X.

info(A) -> {array:size(A), array:is_fix(A), array:default(A)}.

t(F) ->
    try info(F()) catch C:R -> {C, R} end.

start() ->
    Cases = [fun() -> array:new(id(5)) end,
             fun() -> array:new(id([{size, 3}, {default, x}])) end,
             fun() -> array:new(3, id([fixed])) end,
             fun() -> array:new(3, id({fixed, false})) end,
             fun() -> array:new(3, id([{size, 4}])) end,
             fun() -> array:new(id(10), id(20)) end,
             fun() -> array:new(id(fixed)) end,
             fun() -> array:new(id({default, 7})) end,
             fun() -> array:new(id([])) end,
             fun() -> array:new(id([{size, 3}, {fixed, false}])) end,
             fun() -> array:new(id([{fixed, false}, {size, 3}])) end,
             fun() -> array:new(id([{fixed, false}, 3])) end,
             fun() -> array:new(id([5, {fixed, false}])) end,
             fun() -> array:new(id([{size, 3}, 5])) end,
             fun() -> array:new(id([{fixed, true}])) end,
             fun() -> array:new(id([{default, a}, {default, b}])) end,
             fun() -> array:new(id(0)) end,
             fun() -> array:new(id(-1)) end,
             fun() -> array:new(id(foo)) end,
             fun() -> array:new(id([foo])) end,
             fun() -> array:new(id([{size, -1}])) end,
             fun() -> array:new(id(1.5)) end,
             fun() -> array:new(3, id(foo)) end,
             fun() -> array:new(3, id([{default}])) end,
             fun() -> array:new(3, id([{fixed, maybe}])) end,
             fun() -> array:new(id(-2), []) end],
    [io:format("~p~n", [t(F)]) || F <- Cases],
    A = array:new(3),
    R = array:relax(A),
    io:format("~p~n", [{array:is_fix(A), array:is_fix(R), array:get(10, R),
                        array:size(array:set(10, x, R)), array:is_fix(array:fix(R))}]),
    F = array:fix(array:from_list(id([1, 2, 3]))),
    io:format("~p~n", [{info(F), t(fun() -> array:set(3, x, F) end)}]),
    ok.
