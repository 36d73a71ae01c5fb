-module(stdlib_binary_split).
-export([start/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    B = id(<<"a,b,,c,">>),
    Cases = [fun() -> binary:split(B, <<",">>) end,
             fun() -> binary:split(B, <<",">>, [global]) end,
             fun() -> binary:split(B, <<",">>, [global, trim]) end,
             fun() -> binary:split(B, <<",">>, [global, trim_all]) end,
             fun() -> binary:split(B, <<",">>, [trim_all]) end,
             fun() -> binary:split(id(<<",,a">>), <<",">>, [trim]) end,
             fun() -> binary:split(id(<<",,a,,">>), <<",">>, [global, trim]) end,
             fun() -> binary:split(B, [<<",">>, <<"b">>], [global]) end,
             fun() -> binary:split(id(<<"abcabc">>), [<<"bc">>, <<"b">>], [global]) end,
             fun() -> binary:split(id(<<"abcabc">>), [<<"b">>, <<"bc">>], [global]) end,
             fun() -> binary:split(id(<<"hello world foo">>), <<" ">>, [{scope, {0, 8}}, global]) end,
             fun() -> binary:split(id(<<"hello world foo">>), <<" ">>, [{scope, {6, 9}}, global]) end,
             fun() -> binary:split(id(<<"hello world foo">>), <<" ">>, [{scope, {15, -9}}, global]) end,
             fun() -> binary:split(id(<<>>), <<",">>) end,
             fun() -> binary:split(id(<<>>), <<",">>, [global, trim_all]) end,
             fun() -> binary:split(id(<<"abc">>), <<"abc">>, [global]) end,
             fun() -> binary:split(id(<<"abc">>), <<"x">>) end,
             fun() -> binary:split(id(<<"aaaa">>), <<"aa">>, [global]) end,
             fun() -> binary:split(B, binary:compile_pattern(<<",">>), [global]) end,
             fun() -> binary:split(B, binary:compile_pattern([<<",">>, <<"c">>]), [global]) end,
             fun() -> binary:split(B, <<>>) end,
             fun() -> binary:split(B, []) end,
             fun() -> binary:split(B, [<<"a">>, <<>>]) end,
             fun() -> binary:split(B, <<",">>, [foo]) end,
             fun() -> binary:split(B, <<",">>, [{scope, {0, 100}}]) end,
             fun() -> binary:split(B, <<",">>, [{scope, {-1, 2}}]) end,
             fun() -> binary:split(B, <<",">>, notalist) end,
             fun() -> binary:split(id("a,b"), <<",">>) end,
             fun() -> binary:split(id(<<1:7>>), <<",">>) end,
             fun() -> binary:split(B, ",") end],
    [io:format("~p~n", [t(F)]) || F <- Cases],
    ok.
