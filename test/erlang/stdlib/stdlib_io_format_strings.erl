-module(stdlib_io_format_strings).
-export([start/0]).

start() ->
    S = id("hello"), B = id(<<"bin">>), A = id('an atom'),
    io:format("[~s] [~s] [~s] [~s]~n", [S, B, A, [$a, ["bc", <<"d">>]]]),
    io:format("[~10s] [~-10s] [~.3s] [~10.3s] [~-10.3s]~n", [S, S, S, S, S]),
    io:format("[~10.3.*s] [~*s] [~-*.*s]~n", [$_, S, 8, B, 8, 2, S]),
    io:format("[~ts] [~ts] [~10ts]~n", [id("ü€"), id(<<"ü€"/utf8>>), id("ä")]),
    io:format("[~s] [~ts]~n", [id(<<"ü"/utf8>>), id([252])]),
    io:format("[~5s] [~2s]~n", [id(abc), id(abcdef)]),
    io:format("[~s]~n", [id([])]),
    io:format("[~s]~n", [id(<<>>)]),
    io:format("[~-6.2.ss]~n", [id("xyz")]),
    io:format("~s~s~s~n", [id("a"), id(<<"b">>), id(c)]),
    io:format("~p~n", [catch_fmt("~s", [id(123)])]),
    io:format("~p~n", [catch_fmt("~s", [id({x})])]),
    io:format("~p~n", [catch_fmt("~s", [id([1 | 2])])]),
    io:format("~p~n", [catch_fmt("~s", [id([256])])]),
    io:format("~p~n", [catch_fmt("~ts", [id([256])])]),
    ok.

catch_fmt(F, A) ->
    try lists:flatten(io_lib:format(F, A)) catch C:R -> {C, R} end.

id(X) -> X.
