-module(strings_strip_trim).
-export([start/0]).

start() ->
    S = "   padded text   ",
    io:format("[~s]~n", [string:strip(S)]),
    io:format("[~s]~n", [string:strip(S, left)]),
    io:format("[~s]~n", [string:strip(S, right)]),
    io:format("[~s]~n", [string:strip("xxhixx", both, $x)]),
    io:format("[~s]~n", [string:trim(S)]),
    io:format("[~s]~n", [string:trim(S, leading)]),
    io:format("[~s]~n", [string:trim(S, trailing)]),
    io:format("[~s]~n", [string:trim("--==data==--", both, "-=")]),
    io:format("[~s]~n", [string:trim("\t\n line \r\n")]),
    io:format("~p~n", [string:trim(<<"  bin  ">>)]),
    io:format("[~s]~n", [string:chomp("line\n")]),
    io:format("[~s]~n", [string:chomp("line\r\n")]),
    io:format("[~s]~n", [string:strip("")]),
    string:trim("  result  ").
