-module(stdlib_binary_replace).
-export([start/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    B = id(<<"the cat sat on the mat">>),
    Cases = [fun() -> binary:replace(B, <<"at">>, <<"og">>) end,
             fun() -> binary:replace(B, <<"at">>, <<"og">>, [global]) end,
             fun() -> binary:replace(B, [<<"cat">>, <<"mat">>], <<"X">>, [global]) end,
             fun() -> binary:replace(B, <<"the">>, <<"[]">>, [global, {insert_replaced, 1}]) end,
             fun() -> binary:replace(B, <<"the">>, <<"<>">>, [global, {insert_replaced, [0, 2]}]) end,
             fun() -> binary:replace(B, <<"at">>, <<"-">>, [global, {scope, {5, 10}}]) end,
             fun() -> binary:replace(B, <<"zz">>, <<"y">>, [global]) end,
             fun() -> binary:replace(B, <<" ">>, <<>>, [global]) end,
             fun() -> binary:replace(id(<<"aaa">>), <<"a">>, <<"aa">>, [global]) end,
             fun() -> binary:replace(id(<<>>), <<"a">>, <<"b">>, [global]) end,
             fun() -> binary:replace(B, <<"cat">>, <<"dog">>, [{insert_replaced, 5}]) end,
             fun() -> binary:replace(B, <<"cat">>, id("dog"), []) end,
             fun() -> binary:replace(B, <<>>, <<"x">>, []) end,
             fun() -> binary:replace(B, <<"a">>, <<"x">>, [bad]) end,
             fun() -> binary:replace(id(foo), <<"a">>, <<"x">>, []) end],
    [io:format("~p~n", [t(F)]) || F <- Cases],
    ok.
