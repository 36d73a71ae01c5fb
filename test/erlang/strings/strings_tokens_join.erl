-module(strings_tokens_join).
-export([start/0]).

start() ->
    S = "  the, quick ,brown,,fox  ",
    io:format("~p~n", [string:tokens(S, ", ")]),
    io:format("~p~n", [string:tokens("a:b::c", ":")]),
    io:format("~p~n", [string:tokens("", ",")]),
    io:format("~p~n", [string:join(["a", "b", "c"], ", ")]),
    io:format("~p~n", [string:join([], ",")]),
    io:format("~p~n", [string:join(["only"], "-")]),
    io:format("~p~n", [string:split("a=b=c", "=")]),
    io:format("~p~n", [string:split("a=b=c", "=", all)]),
    io:format("~p~n", [string:split("a=b=c", "=", trailing)]),
    io:format("~p~n", [string:lexemes(S, ", ")]),
    io:format("~p~n", [string:split(<<"k1=v1;k2=v2">>, ";", all)]),
    io:format("~p~n", [string:lexemes(<<"x  y   z">>, " ")]),
    io:format("~p~n", [string:words("one two  three")]),
    io:format("~p~n", [string:sub_word("one two three", 2)]),
    string:tokens("1.2.3.4", ".").
