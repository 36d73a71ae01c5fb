-module(stdlib_string_graphemes).
-export([start/0]).

start() ->
    io:format("~p~n", [string:next_grapheme(id("abc"))]),
    io:format("~p~n", [string:next_grapheme(id(<<"abc">>))]),
    io:format("~p~n", [string:next_grapheme(id(""))]),
    io:format("~p~n", [string:next_grapheme(id("\r\nx"))]),
    io:format("~p~n", [string:next_grapheme(id("e\x{301}x"))]),
    io:format("~p~n", [string:next_codepoint(id("abc"))]),
    io:format("~p~n", [string:next_codepoint(id(<<"é!"/utf8>>))]),
    io:format("~p~n", [string:next_codepoint(id(<<>>))]),
    io:format("~p~n", [string:next_codepoint(id([<<>>, "z"]))]),
    io:format("~p~n", [string:to_graphemes(id("a\r\nb"))]),
    io:format("~p~n", [string:to_graphemes(id(<<"xyz">>))]),
    io:format("~p~n", [string:take(id("aaabc"), "a")]),
    io:format("~p~n", [string:take(id("aaabc"), "a", true)]),
    io:format("~p~n", [string:take(id("aaabc"), "c", true, trailing)]),
    io:format("~p~n", [string:take(id(<<"  x">>), " ")]),
    walk(id("héllo")).

walk(S) ->
    case string:next_grapheme(S) of
        [] -> [];
        [G | Rest] -> [G | walk(Rest)]
    end.

id(X) -> X.
