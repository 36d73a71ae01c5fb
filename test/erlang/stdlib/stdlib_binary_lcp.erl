-module(stdlib_binary_lcp).
-export([start/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    Cases = [fun() -> binary:longest_common_prefix(id([<<"erlang">>, <<"ergonomic">>])) end,
             fun() -> binary:longest_common_prefix(id([<<"erlang">>, <<"erlang">>])) end,
             fun() -> binary:longest_common_prefix(id([<<"abc">>, <<"xyz">>])) end,
             fun() -> binary:longest_common_prefix(id([<<"abc">>])) end,
             fun() -> binary:longest_common_prefix(id([<<"abc">>, <<>>])) end,
             fun() -> binary:longest_common_prefix(id([<<"abcd">>, <<"abce">>, <<"abx">>])) end,
             fun() -> binary:longest_common_suffix(id([<<"running">>, <<"jumping">>])) end,
             fun() -> binary:longest_common_suffix(id([<<"abc">>, <<"xyz">>])) end,
             fun() -> binary:longest_common_suffix(id([<<"abc">>, <<"abc">>, <<"bc">>])) end,
             fun() -> binary:longest_common_suffix(id([<<>>])) end,
             fun() -> binary:longest_common_prefix(id([])) end,
             fun() -> binary:longest_common_suffix(id([])) end,
             fun() -> binary:longest_common_prefix(id([<<"a">>, "a"])) end,
             fun() -> binary:longest_common_prefix(id(<<"abc">>)) end,
             fun() -> binary:longest_common_suffix(id([<<"a">>, <<1:3>>])) end],
    [io:format("~p~n", [t(F)]) || F <- Cases],
    ok.
