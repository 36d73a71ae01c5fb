-module(strings_search).
-export([start/0]).

start() ->
    S = "hello world, hello erlang",
    io:format("~p ~p ~p~n", [string:str(S, "hello"), string:rstr(S, "hello"), string:str(S, "xyz")]),
    io:format("~p ~p ~p~n", [string:chr(S, $o), string:rchr(S, $o), string:chr(S, $z)]),
    io:format("~p~n", [string:substr(S, 7, 5)]),
    io:format("~p~n", [string:substr(S, 14)]),
    io:format("~p~n", [string:sub_string(S, 1, 5)]),
    io:format("~p~n", [string:find(S, "hello")]),
    io:format("~p~n", [string:find(S, "hello", trailing)]),
    io:format("~p~n", [string:find(S, "nope")]),
    io:format("~p~n", [string:slice(S, 6, 5)]),
    io:format("~p~n", [string:prefix(S, "hello ")]),
    io:format("~p~n", [string:prefix(S, "world")]),
    io:format("~p~n", [string:span("123abc", "0123456789")]),
    io:format("~p~n", [string:cspan("abc,def", ",")]),
    io:format("~p~n", [string:find(<<"binary haystack">>, <<"hay">>)]),
    io:format("~p~n", [count(S, "l")]),
    string:str(S, "erlang").

count(S, Sub) -> length(string:split(S, Sub, all)) - 1.
