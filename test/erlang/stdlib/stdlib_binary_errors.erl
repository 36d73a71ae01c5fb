-module(stdlib_binary_errors).
-export([start/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    B = id(<<"abc">>),
    X = id(notbin),
    Cases = [fun() -> binary:split(X, <<"a">>) end,
             fun() -> binary:split(B, X) end,
             fun() -> binary:split(B, <<"a">>, [X]) end,
             fun() -> binary:matches(X, <<"a">>) end,
             fun() -> binary:matches(B, <<"a">>, [{scope, {4, 0}}]) end,
             fun() -> binary:replace(B, <<"a">>, X) end,
             fun() -> binary:replace(B, <<"a">>, <<"b">>, [{insert_replaced, -1}]) end,
             fun() -> binary:part(X, 0, 1) end,
             fun() -> binary:part(B, 0, 4) end,
             fun() -> binary:part(B, {0, 1, 2}) end,
             fun() -> binary:at(X, 0) end,
             fun() -> binary:copy(X) end,
             fun() -> binary:copy(B, 1.0) end,
             fun() -> binary:bin_to_list(B, 2, 5) end,
             fun() -> binary:bin_to_list(B, {-1, 1}) end,
             fun() -> binary:list_to_bin([X]) end,
             fun() -> binary:encode_unsigned(X) end,
             fun() -> binary:decode_unsigned(X) end,
             fun() -> binary:first(X) end,
             fun() -> binary:last(<<1:1>>) end,
             fun() -> binary:longest_common_prefix(X) end,
             fun() -> binary:longest_common_suffix([B, X]) end,
             fun() -> binary:referenced_byte_size(X) end,
             fun() -> binary:encode_hex(X) end,
             fun() -> binary:decode_hex(<<"a">>) end,
             fun() -> binary:no_such_function(B) end],
    [io:format("~p~n", [t(F)]) || F <- Cases],
    ok.
