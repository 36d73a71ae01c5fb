-module(stdlib_binary_match).
-export([start/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    B = id(<<"abracadabra">>),
    Cases = [fun() -> binary:match(B, <<"bra">>) end,
             fun() -> binary:match(B, <<"xyz">>) end,
             fun() -> binary:match(B, [<<"cad">>, <<"ra">>]) end,
             fun() -> binary:match(B, [<<"ab">>, <<"abra">>]) end,
             fun() -> binary:match(B, [<<"abra">>, <<"ab">>]) end,
             fun() -> binary:match(B, <<"bra">>, [{scope, {2, 9}}]) end,
             fun() -> binary:match(B, <<"bra">>, [{scope, {11, -5}}]) end,
             fun() -> binary:match(B, <<"a">>, [{scope, {11, 0}}]) end,
             fun() -> binary:match(B, <<"a">>, []) end,
             fun() -> binary:matches(B, <<"a">>) end,
             fun() -> binary:matches(B, <<"abra">>) end,
             fun() -> binary:matches(B, [<<"a">>, <<"ab">>]) end,
             fun() -> binary:matches(B, [<<"br">>, <<"bra">>, <<"c">>]) end,
             fun() -> binary:matches(id(<<"aaaa">>), <<"aa">>) end,
             fun() -> binary:matches(B, <<"a">>, [{scope, {1, 6}}]) end,
             fun() -> binary:matches(B, <<"z">>) end,
             fun() -> binary:matches(B, binary:compile_pattern([<<"ra">>, <<"ca">>])) end,
             fun() -> binary:match(B, <<>>) end,
             fun() -> binary:matches(B, []) end,
             fun() -> binary:match(B, <<"a">>, [{scope, {0, 12}}]) end,
             fun() -> binary:match(B, <<"a">>, [{scope, {3}}]) end,
             fun() -> binary:match(B, <<"a">>, [global]) end,
             fun() -> binary:match(id(abc), <<"a">>) end,
             fun() -> binary:match(B, id("a")) end,
             fun() -> binary:match(B, id([<<"a">> | <<"b">>])) end,
             fun() -> binary:matches(id(<<0, 1, 2, 0, 1, 2>>), <<1, 2>>) end],
    [io:format("~p~n", [t(F)]) || F <- Cases],
    ok.
