-module(stdlib_string_case_more).
-export([start/0]).

start() ->
    io:format("~p~n", [string:uppercase(id("hello World 123 äöü ß"))]),
    io:format("~p~n", [string:lowercase(id("HELLO World ÄÖÜ"))]),
    io:format("~p~n", [string:titlecase(id("hello world"))]),
    io:format("~p~n", [string:titlecase(id(<<"élan"/utf8>>))]),
    io:format("~p~n", [string:casefold(id("HeLLo ß"))]),
    io:format("~p~n", [string:uppercase(id(<<"bin text">>))]),
    io:format("~p~n", [string:lowercase(id(<<"ÅNGSTRÖM"/utf8>>))]),
    io:format("~p~n", [string:uppercase(id(""))]),
    io:format("~p~n", [string:to_upper(id("mixed Case ö"))]),
    io:format("~p~n", [string:to_lower(id("MIXED Case Ö"))]),
    io:format("~p~n", [{string:to_upper(id($a)), string:to_lower(id($Z)), string:to_upper(id($1))}]),
    io:format("~p~n", [string:equal(id("abc"), id("ABC"), true)]),
    io:format("~p~n", [string:equal(id("abc"), id(<<"abc">>))]),
    io:format("~p~n", [string:equal(id("abc"), id("abd"), false)]),
    io:format("~p~n", [string:equal(id("ß"), id("SS"), true)]),
    io:format("~ts~n", [string:uppercase(id("grüße"))]),
    string:lowercase(id(["AB", <<"CD">>, $E])).

id(X) -> X.
