-module(stdlib_erlang_tuples).
-export([start/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    T = id({a, b, c}),
    Cases = [fun() -> tuple_to_list(T) end,
             fun() -> list_to_tuple(id([1, [2], {3}])) end,
             fun() -> erlang:make_tuple(3, x) end,
             fun() -> erlang:make_tuple(5, 0, [{2, a}, {4, b}, {2, c}]) end,
             fun() -> erlang:make_tuple(0, x, []) end,
             fun() -> erlang:make_tuple(2, x, [{3, y}]) end,
             fun() -> erlang:make_tuple(2, x, [{0, y}]) end,
             fun() -> erlang:make_tuple(-1, x) end,
             fun() -> erlang:insert_element(1, T, z) end,
             fun() -> erlang:insert_element(4, T, z) end,
             fun() -> erlang:insert_element(5, T, z) end,
             fun() -> erlang:insert_element(0, T, z) end,
             fun() -> erlang:delete_element(2, T) end,
             fun() -> erlang:delete_element(1, {only}) end,
             fun() -> erlang:delete_element(4, T) end,
             fun() -> erlang:append_element(T, d) end,
             fun() -> erlang:append_element({}, d) end,
             fun() -> erlang:append_element(id([]), d) end,
             fun() -> setelement(2, T, q) end,
             fun() -> setelement(4, T, q) end,
             fun() -> element(0, T) end,
             fun() -> tuple_size(T) end,
             fun() -> tuple_size(id([])) end,
             fun() -> size(T) end,
             fun() -> size(id(<<1, 2, 3>>)) end,
             fun() -> tuple_to_list(id([])) end,
             fun() -> list_to_tuple(id([a | b])) end],
    [io:format("~p~n", [t(F)]) || F <- Cases],
    ok.
