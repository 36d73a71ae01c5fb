-module(stdlib_string_split).
-export([start/0]).

start() ->
    io:format("~p~n", [string:split("a,b,,c", ",")]),
    io:format("~p~n", [string:split("a,b,,c", ",", all)]),
    io:format("~p~n", [string:split("a,b,,c", ",", trailing)]),
    io:format("~p~n", [string:split(<<"k=v=w">>, "=", all)]),
    io:format("~p~n", [string:split("a--b--c", "--", all)]),
    io:format("~p~n", [string:split("aaaa", "aa", all)]),
    io:format("~p~n", [string:split("abc", "")]),
    io:format("~p~n", [string:split("", ",")]),
    io:format("~p~n", [string:lexemes("a,b,,c", ",")]),
    io:format("~p~n", [string:lexemes("  many   spaces here ", " ")]),
    io:format("~p~n", [string:lexemes(<<"x;y z">>, "; ")]),
    io:format("~p~n", [string:lexemes("a\r\nb\nc", "\n")]),
    io:format("~p~n", [string:lexemes("a\r\nb\nc", [[$\r, $\n], $\n])]),
    io:format("~p~n", [string:nth_lexeme("one two three", 2, " ")]),
    io:format("~p~n", [string:nth_lexeme("one two three", 5, " ")]),
    io:format("~p~n", [string:tokens("a b,c,,d", " ,")]),
    io:format("~p~n", [[string:to_integer(W) || W <- string:lexemes("10 20 x 30", " ")]]),
    length(string:split("x:y:z", ":", all)).
