-module(stdlib_binary_parts).
-export([start/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    B = id(<<"0123456789">>),
    Cases = [fun() -> binary:part(B, 2, 3) end,
             fun() -> binary:part(B, {2, 3}) end,
             fun() -> binary:part(B, 5, -3) end,
             fun() -> binary:part(B, {10, -10}) end,
             fun() -> binary:part(B, 10, 0) end,
             fun() -> binary:part(B, 0, 10) end,
             fun() -> binary:part(B, 8, 3) end,
             fun() -> binary:part(B, -1, 1) end,
             fun() -> binary:part(B, 2, -3) end,
             fun() -> binary:part(B, {1}) end,
             fun() -> binary:part(B, a, 1) end,
             fun() -> binary:part(id(<<1:9>>), 0, 1) end,
             fun() -> binary_part(B, 3, 2) end,
             fun() -> binary_part(B, {9, 1}) end,
             fun() -> binary_part(B, {9, 2}) end,
             fun() -> binary:first(B) end,
             fun() -> binary:last(B) end,
             fun() -> binary:first(id(<<>>)) end,
             fun() -> binary:last(id(<<>>)) end,
             fun() -> binary:first(id("abc")) end,
             fun() -> binary:at(B, 0) end,
             fun() -> binary:at(B, 9) end,
             fun() -> binary:at(B, 10) end,
             fun() -> binary:at(B, -1) end,
             fun() -> binary:at(B, x) end,
             fun() -> split_binary(B, 4) end,
             fun() -> split_binary(B, 0) end,
             fun() -> split_binary(B, 10) end,
             fun() -> split_binary(B, 11) end,
             fun() -> split_binary(B, -1) end,
             fun() -> split_binary(id("ab"), 1) end],
    [io:format("~p~n", [t(F)]) || F <- Cases],
    ok.
