-module(stdlib_string_trim_pad).
-export([start/0]).

start() ->
    S = id("  \t hello world \n "),
    io:format("~p~n", [string:trim(S)]),
    io:format("~p~n", [string:trim(S, leading)]),
    io:format("~p~n", [string:trim(S, trailing)]),
    io:format("~p~n", [string:trim("xxabcxx", both, "x")]),
    io:format("~p~n", [string:trim("a\r\n", trailing, "\n")]),
    io:format("~p~n", [string:trim(<<"  bin  ">>)]),
    io:format("~p~n", [string:trim(<<"..a..">>, both, ".")]),
    io:format("~p~n", [string:chomp("line\r\n")]),
    io:format("~p~n", [string:chomp(<<"line\n\n">>)]),
    io:format("~p~n", [string:pad("abc", 6)]),
    io:format("~p~n", [string:pad("abc", 6, leading)]),
    io:format("~p~n", [string:pad("abc", 6, both)]),
    io:format("~p~n", [string:pad("abc", 7, both, $*)]),
    io:format("~p~n", [string:pad(<<"abc">>, 5, trailing, $-)]),
    io:format("~p~n", [string:pad("abc", 2)]),
    io:format("~s|~n", [string:pad("abc", 8, both, $.)]),
    io:format("~p~n", [string:take("abc123", "abc")]),
    io:format("~p~n", [string:take("abc123", "abc", true)]),
    io:format("~p~n", [string:take("abc123", "123", false, trailing)]),
    io:format("~p~n", [string:take(<<"  x">>, " ")]),
    string:is_empty(string:trim("   ")).

id(X) -> X.
