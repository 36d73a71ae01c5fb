-module(stdlib_string_split_more).
-export([start/0]).

start() ->
    S = id("a,,b,c,,"),
    io:format("~p~n", [string:split(S, ",")]),
    io:format("~p~n", [string:split(S, ",", all)]),
    io:format("~p~n", [string:split(S, ",", trailing)]),
    io:format("~p~n", [string:split(S, ",,", all)]),
    io:format("~p~n", [string:split(id(<<"k=v=w">>), "=")]),
    io:format("~p~n", [string:split(id(<<"k=v=w">>), <<"=">>, trailing)]),
    io:format("~p~n", [string:split(id(<<"k=v=w">>), "=", all)]),
    io:format("~p~n", [string:split(id(""), ",")]),
    io:format("~p~n", [string:split(id("abc"), "")]),
    io:format("~p~n", [string:split(id("abc"), "x", all)]),
    io:format("~p~n", [[unicode:characters_to_list(P) || P <- string:split(id(["ab", <<"c,d">>, $e]), ",")]]),
    io:format("~p~n", [string:split(id("a\r\nb\r\nc"), "\r\n", all)]),
    io:format("~p~n", [string:split(id("aXbXc"), "X", leading)]),
    io:format("~p~n", [string:lexemes(id("  a  b c "), " ")]),
    io:format("~p~n", [string:lexemes(id(<<"a,b;;c">>), ",;")]),
    io:format("~p~n", [string:lexemes(id("a\r\nb\nc"), "\r\n")]),
    io:format("~p~n", [string:lexemes(id(""), " ")]),
    io:format("~p~n", [[string:nth_lexeme(id("x y  z"), N, " ") || N <- [1, 2, 3, 4]]]),
    string:split(id("one two three"), " ", all).

id(X) -> X.
