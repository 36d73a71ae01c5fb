-module(stdlib_string_binaries_more).
-export([start/0]).

start() ->
    B = id(<<"  Hello, World!  ">>),
    io:format("~p~n", [string:trim(B)]),
    io:format("~p~n", [string:uppercase(B)]),
    io:format("~p~n", [string:casefold(B)]),
    io:format("~p~n", [string:split(B, ",")]),
    io:format("~p~n", [string:lexemes(B, " ,!")]),
    io:format("~p~n", [string:find(B, "World")]),
    io:format("~p~n", [string:replace(B, "l", "L", all)]),
    io:format("~p~n", [string:slice(B, 2, 5)]),
    io:format("~p~n", [string:pad(B, 20, leading, $-)]),
    io:format("~p~n", [string:take(B, " ")]),
    io:format("~p~n", [string:take(B, " ", true)]),
    io:format("~p~n", [string:chomp(id(<<"x\n">>))]),
    io:format("~p~n", [string:reverse(B)]),
    io:format("~p~n", [string:to_graphemes(id(<<"ab">>))]),
    io:format("~p~n", [string:nth_lexeme(B, 2, " ")]),
    io:format("~p~n", [string:prefix(B, "  Hel")]),
    io:format("~p~n", [string:is_empty(id(<<>>))]),
    io:format("~p~n", [string:length(B)]),
    io:format("~p~n", [string:to_integer(id(<<"-12 apples">>))]),
    io:format("~p~n", [string:to_float(id(<<"2.5kg">>))]),
    io:format("~p~n", [string:titlecase(id(<<"hello">>))]),
    io:format("~p~n", [string:trim(id(<<"xxaxx">>), both, "x")]),
    io:format("~p~n", [string:split(id(<<"a\r\nb">>), "\n")]),
    io:format("~p~n", [string:split(id(<<"a\r\nb">>), "\r")]),
    string:lexemes(id(<<"k1=v1;k2=v2">>), ";=").

id(X) -> X.
