-module(stdlib_binary_unsigned).
-export([start/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    Ns = [0, 1, 255, 256, 65535, 65536, 16#DEADBEEF, 1 bsl 64, (1 bsl 100) + 12345],
    [io:format("~p ~p ~p~n", [N, binary:encode_unsigned(id(N)), binary:encode_unsigned(id(N), little)]) || N <- Ns],
    [io:format("~p~n", [{binary:decode_unsigned(binary:encode_unsigned(N)) =:= N,
                         binary:decode_unsigned(binary:encode_unsigned(N, little), little) =:= N}]) || N <- Ns],
    Cases = [fun() -> binary:decode_unsigned(id(<<>>)) end,
             fun() -> binary:decode_unsigned(id(<<0, 0, 1>>)) end,
             fun() -> binary:decode_unsigned(id(<<0, 0, 1>>), little) end,
             fun() -> binary:decode_unsigned(id(<<1, 0, 0>>), big) end,
             fun() -> binary:encode_unsigned(id(-1)) end,
             fun() -> binary:encode_unsigned(id(1.0)) end,
             fun() -> binary:encode_unsigned(id(5), middle) end,
             fun() -> binary:decode_unsigned(id(<<1:4>>)) end,
             fun() -> binary:decode_unsigned(id(<<1>>), middle) end,
             fun() -> binary:decode_unsigned(id("ab")) end],
    [io:format("~p~n", [t(F)]) || F <- Cases],
    binary:decode_unsigned(binary:copy(id(<<255>>), 20)).
