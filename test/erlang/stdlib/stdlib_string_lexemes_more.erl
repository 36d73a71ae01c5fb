-module(stdlib_string_lexemes_more).
-export([start/0]).

start() ->
    Line = id("GET /index.html HTTP/1.1\r\nHost: example.com\r\nAccept: */*\r\n\r\n"),
    Lines = string:lexemes(Line, "\r\n"),
    io:format("~p~n", [Lines]),
    Hdrs = [list_to_tuple(string:split(L, ": ")) || L <- tl(Lines)],
    io:format("~p~n", [Hdrs]),
    io:format("~p~n", [string:lexemes(hd(Lines), " ")]),
    io:format("~p~n", [string:lexemes(id("a\r\nb"), [[$\r, $\n]])]),
    io:format("~p~n", [string:lexemes(id("a\r\nb"), [$\r])]),
    io:format("~p~n", [string:lexemes(id("a\r\nb"), [$\n])]),
    io:format("~p~n", [string:lexemes(id("abc"), "")]),
    io:format("~p~n", [string:lexemes(id(",,,"), ",")]),
    io:format("~p~n", [[string:nth_lexeme(id("a,b,,c"), N, ",") || N <- [1, 2, 3, 4]]]),
    io:format("~p~n", [string:nth_lexeme(id(<<"x y z">>), 3, " ")]),
    io:format("~p~n", [string:split(id("a=b=c"), "=", trailing)]),
    io:format("~p~n", [string:split(id("=a="), "=", all)]),
    io:format("~p~n", [string:replace(id("a.b.c"), ".", "", all)]),
    io:format("~p~n", [string:find(id("a.b.c"), ".", trailing)]),
    length(Lines).

id(X) -> X.
