-module(stdlib_erlang_int_text).
-export([start/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    Ns = [0, 1, -1, 255, -255, 1 bsl 40, -(1 bsl 70), 123456789012345678901234567890],
    [io:format("~p~n", [[integer_to_list(id(N), B) || B <- [2, 8, 16, 36]]]) || N <- Ns],
    [io:format("~p~n", [[integer_to_binary(id(N), B) || B <- [3, 10, 17]]]) || N <- Ns],
    Cases = [fun() -> list_to_integer(id("ff"), 16) end,
             fun() -> list_to_integer(id("FF"), 16) end,
             fun() -> list_to_integer(id("-zz"), 36) end,
             fun() -> list_to_integer(id("+101"), 2) end,
             fun() -> list_to_integer(id("102"), 2) end,
             fun() -> list_to_integer(id(""), 10) end,
             fun() -> list_to_integer(id("-"), 10) end,
             fun() -> list_to_integer(id("12"), 1) end,
             fun() -> list_to_integer(id("12"), 37) end,
             fun() -> list_to_integer(id(" 12")) end,
             fun() -> list_to_integer(id("0012")) end,
             fun() -> list_to_integer(id("1_000")) end,
             fun() -> binary_to_integer(id(<<"-123">>)) end,
             fun() -> binary_to_integer(id(<<"7fffffffffffffffffff">>), 16) end,
             fun() -> binary_to_integer(id(<<"1.0">>)) end,
             fun() -> binary_to_integer(id(<<>>)) end,
             fun() -> binary_to_integer(id("12")) end,
             fun() -> integer_to_list(id(10), 1) end,
             fun() -> integer_to_list(id(1.0)) end,
             fun() -> integer_to_binary(id(a), 10) end,
             fun() -> list_to_integer(id([$1 | $2])) end,
             fun() -> list_to_integer(id(["1"])) end],
    [io:format("~p~n", [t(F)]) || F <- Cases],
    ok.
