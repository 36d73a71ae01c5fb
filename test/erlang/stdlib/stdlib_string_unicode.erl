-module(stdlib_string_unicode).
-export([start/0]).

start() ->
    S = id("h\x{e9}llo w\x{f6}rld"),
    B = unicode:characters_to_binary(S),
    io:format("~p ~p~n", [string:length(S), string:length(B)]),
    io:format("~w~n", [string:length("e\x{301}a\r\nb")]),
    io:format("~w~n", [string:to_graphemes("ae\x{301}\r\nz")]),
    io:format("~w~n", [string:reverse("abc\r\nd")]),
    io:format("~w~n", [string:slice(S, 1, 4)]),
    io:format("~p~n", [string:slice(B, 6)]),
    io:format("~w~n", [string:next_grapheme("\r\nrest")]),
    io:format("~w~n", [string:next_codepoint(<<"\x{e9}x"/utf8>>)]),
    io:format("~w~n", [string:split("ab\x{301}c", "b")]),
    io:format("~w~n", [string:find("a\r\nb", "\n")]),
    io:format("~w~n", [string:find("a\r\nb", "\r")]),
    io:format("~ts~n", [string:uppercase(S)]),
    io:format("~w~n", [string:pad([16#1F600], 3, both, $*)]),
    io:format("~w~n", [string:length([16#1F1E6, 16#1F1E7, 16#1F600, 16#200D, 16#1F600])]),
    string:length(<<>>).

id(X) -> X.
