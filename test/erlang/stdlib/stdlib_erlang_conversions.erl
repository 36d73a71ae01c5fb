-module(stdlib_erlang_conversions).
-export([start/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    Cases = [fun() -> list_to_binary(id("abc")) end,
             fun() -> binary_to_list(id(<<"abc">>)) end,
             fun() -> tuple_to_list(id({1, {2}})) end,
             fun() -> integer_to_list(id(-0)) end,
             fun() -> list_to_float(id("1.0e-3")) end,
             fun() -> float_to_list(id(0.1)) end,
             fun() -> atom_to_list(id('')) end,
             fun() -> list_to_atom(id("")) end,
             fun() -> term_to_binary(id({a, "b", <<"c">>})) end,
             fun() -> binary_to_term(term_to_binary(id(#{k => [1.5, x]}))) end,
             fun() -> binary_to_term(id(<<131, 100>>)) end,
             fun() -> list_to_integer(id("99999999999999999999999")) * 2 end,
             fun() -> integer_to_binary(id(-255), 16) end,
             fun() -> binary_to_integer(id(<<"-ff">>), 16) end,
             fun() -> binary_to_integer(id(<<"FF">>), 37) end,
             fun() -> list_to_float(id("1")) end,
             fun() -> list_to_float(id("1.e5")) end,
             fun() -> float_to_list(id(1)) end,
             fun() -> binary_to_list(id(<<1:3>>)) end,
             fun() -> list_to_tuple(id(notalist)) end,
             fun() -> erlang:list_to_integer(id("10"), id(2)) end,
             fun() -> erlang:integer_to_list(id(255), id(16)) end],
    [io:format("~p~n", [t(F)]) || F <- Cases],
    ok.
