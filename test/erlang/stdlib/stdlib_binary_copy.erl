-module(stdlib_binary_copy).
-export([start/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    B = id(<<"ab">>),
    Cases = [fun() -> binary:copy(B) end,
             fun() -> binary:copy(B, 3) end,
             fun() -> binary:copy(B, 0) end,
             fun() -> binary:copy(id(<<>>), 5) end,
             fun() -> binary:copy(B, -1) end,
             fun() -> binary:copy(B, a) end,
             fun() -> binary:copy(id("ab"), 2) end,
             fun() -> binary:copy(id(<<1:4>>)) end,
             fun() -> byte_size(binary:copy(id(<<"xyz">>), 1000)) end,
             fun() -> binary:referenced_byte_size(binary:copy(B)) end,
             fun() -> binary:bin_to_list(id(<<"hello">>)) end,
             fun() -> binary:bin_to_list(id(<<"hello">>), 1, 3) end,
             fun() -> binary:bin_to_list(id(<<"hello">>), {4, -2}) end,
             fun() -> binary:bin_to_list(id(<<"hello">>), {5, 0}) end,
             fun() -> binary:bin_to_list(id(<<"hello">>), {5, 1}) end,
             fun() -> binary:bin_to_list(id(hello)) end,
             fun() -> binary:list_to_bin([1, 2, <<3>>, [4, [5]]]) end,
             fun() -> binary:list_to_bin(id([256])) end,
             fun() -> binary:list_to_bin(id(abc)) end,
             fun() -> binary:list_to_bin(id(<<"x">>)) end,
             fun() -> binary:list_to_bin(id([])) end],
    [io:format("~p~n", [t(F)]) || F <- Cases],
    ok.
