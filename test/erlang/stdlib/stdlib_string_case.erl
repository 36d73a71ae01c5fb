-module(stdlib_string_case).
-export([start/0]).

start() ->
    io:format("~p~n", [string:uppercase("hello World 123")]),
    io:format("~p~n", [string:lowercase("HeLLo")]),
    io:format("~p~n", [string:titlecase("hello world")]),
    io:format("~p~n", [string:casefold("MiXeD")]),
    io:format("~w~n", [string:uppercase([$a, 16#E9, 16#DF, 16#3B1])]),
    io:format("~w~n", [string:lowercase([$A, 16#C9, 16#391, 16#410])]),
    io:format("~w~n", [string:casefold([16#DF, 16#3A3])]),
    io:format("~p~n", [string:uppercase(<<"bin">>)]),
    io:format("~p~n", [string:lowercase(<<"ÀÉÎ"/utf8>>)]),
    io:format("~p ~p~n", [string:to_upper("abc"), string:to_lower("ABC")]),
    io:format("~p ~p~n", [string:to_upper($q), string:to_lower($Q)]),
    io:format("~w~n", [string:to_upper([16#E0, 16#FF, 16#DF])]),
    io:format("~p~n", [string:equal("Straße", "STRASSE", true)]),
    string:titlecase("").
