-module(stdlib_erlang_bits).
-export([start/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    Cases = [fun() -> bit_size(id(<<1, 2, 3>>)) end,
             fun() -> bit_size(id(<<1:3>>)) end,
             fun() -> byte_size(id(<<1:3>>)) end,
             fun() -> byte_size(id(<<1:9>>)) end,
             fun() -> byte_size(id(<<>>)) end,
             fun() -> bit_size(id(foo)) end,
             fun() -> byte_size(id([1])) end,
             fun() -> iolist_size(id([1, <<2, 3>>, [4, [<<5>>]], []])) end,
             fun() -> iolist_size(id(<<"abc">>)) end,
             fun() -> iolist_size(id([<<1:3>>])) end,
             fun() -> iolist_size(id([256])) end,
             fun() -> iolist_size(id([a])) end,
             fun() -> iolist_size(id([1 | <<2>>])) end,
             fun() -> iolist_to_binary(id([1, <<2>>, [[3]] | <<4>>])) end,
             fun() -> iolist_to_binary(id([1 | 2])) end,
             fun() -> list_to_binary(id([<<1:4>>, <<2:4>>])) end,
             fun() -> list_to_bitstring(id([<<1:4>>, <<2:4>>, <<3:1>>])) end,
             fun() -> bitstring_to_list(id(<<1, 2, 3:2>>)) end,
             fun() -> binary_to_list(id(<<1, 2, 3:2>>)) end,
             fun() -> binary_to_list(id(<<"abcdef">>), 2, 4) end,
             fun() -> binary_to_list(id(<<"abcdef">>), 4, 2) end,
             fun() -> erlang:bit_size(id(<<0:100>>)) end,
             fun() -> is_bitstring(id(<<1:1>>)) end,
             fun() -> is_binary(id(<<1:1>>)) end],
    [io:format("~p~n", [t(F)]) || F <- Cases],
    ok.
