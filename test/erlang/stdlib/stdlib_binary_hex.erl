-module(stdlib_binary_hex).
-export([start/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    Cases = [fun() -> binary:encode_hex(id(<<>>)) end,
             fun() -> binary:encode_hex(id(<<0, 1, 15, 16, 127, 128, 200, 255>>)) end,
             fun() -> binary:encode_hex(id(<<"hello">>)) end,
             fun() -> binary:decode_hex(id(<<"48656C6C6F">>)) end,
             fun() -> binary:decode_hex(id(<<"48656c6c6f">>)) end,
             fun() -> binary:decode_hex(id(<<"aBcD">>)) end,
             fun() -> binary:decode_hex(id(<<>>)) end,
             fun() -> binary:decode_hex(id(<<"abc">>)) end,
             fun() -> binary:decode_hex(id(<<"zz">>)) end,
             fun() -> binary:decode_hex(id(<<"0g">>)) end,
             fun() -> binary:decode_hex(id("abcd")) end,
             fun() -> binary:encode_hex(id("abc")) end,
             fun() -> binary:encode_hex(id(<<1:4>>)) end,
             fun() -> binary:encode_hex(id(123)) end],
    [io:format("~p~n", [t(F)]) || F <- Cases],
    All = list_to_binary(lists:seq(0, 255)),
    H = binary:encode_hex(All),
    io:format("~p ~p~n", [byte_size(H), binary:decode_hex(H) =:= All]),
    binary:part(H, 500, 12).
