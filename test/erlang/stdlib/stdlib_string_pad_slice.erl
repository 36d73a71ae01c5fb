-module(stdlib_string_pad_slice).
-export([start/0]).

start() ->
    io:format("~p~n", [string:pad(id("ab"), 6)]),
    io:format("~p~n", [string:pad(id("ab"), 6, leading)]),
    io:format("~p~n", [string:pad(id("ab"), 7, both)]),
    io:format("~p~n", [string:pad(id("ab"), 6, both, $*)]),
    io:format("~p~n", [string:pad(id("abcdef"), 3)]),
    io:format("~p~n", [string:pad(id(<<"bin">>), 5, trailing, $.)]),
    io:format("~p~n", [lists:flatten(string:pad(id("é"), 3, leading, "-"))]),
    io:format("~p~n", [string:slice(id("hello world"), 3)]),
    io:format("~p~n", [string:slice(id("hello world"), 3, 4)]),
    io:format("~p~n", [string:slice(id("hello"), 10)]),
    io:format("~p~n", [string:slice(id("hello"), 2, infinity)]),
    io:format("~p~n", [string:slice(id(<<"hello">>), 1, 2)]),
    io:format("~p~n", [string:slice(id(<<"héllo"/utf8>>), 1, 2)]),
    io:format("~p~n", [string:slice(id("hello"), 0, 0)]),
    io:format("~p~n", [string:length(id("hello"))]),
    io:format("~p~n", [string:length(id(<<"héllo"/utf8>>))]),
    io:format("~p~n", [string:length(id(["ab", <<"cd">>, $e]))]),
    io:format("~p~n", [string:length(id("e\x{301}"))]),
    io:format("~p~n", [string:reverse(id("abc"))]),
    io:format("~p~n", [string:reverse(id(<<"abc">>))]),
    io:format("~p~n", [string:is_empty(id([[], <<>>]))]),
    string:pad(id("x"), 4, both, "ab").

id(X) -> X.
