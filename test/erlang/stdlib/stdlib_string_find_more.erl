-module(stdlib_string_find_more).
-export([start/0]).

start() ->
    S = id("ab..cd..ef"),
    io:format("~p~n", [string:find(S, "..")]),
    io:format("~p~n", [string:find(S, "..", trailing)]),
    io:format("~p~n", [string:find(S, "zz")]),
    io:format("~p~n", [string:find(S, "")]),
    io:format("~p~n", [string:find(id(<<"hello world">>), "o")]),
    io:format("~p~n", [string:find(id(<<"hello world">>), <<"o">>, trailing)]),
    io:format("~p~n", [string:find(id(["he", "llo"]), "ll")]),
    io:format("~p~n", [string:replace(S, "..", "/")]),
    io:format("~p~n", [string:replace(S, "..", "/", all)]),
    io:format("~p~n", [string:replace(S, "..", "/", trailing)]),
    io:format("~p~n", [string:replace(id(<<"a-b-c">>), "-", "+", all)]),
    io:format("~p~n", [string:replace(S, "nope", "x")]),
    io:format("~s~n", [string:replace(id("aaa"), "a", "bb", all)]),
    io:format("~p~n", [string:prefix(id("foobar"), "foo")]),
    io:format("~p~n", [string:prefix(id(<<"foobar">>), "bar")]),
    io:format("~p~n", [string:prefix(id(<<"foobar">>), <<"fo">>)]),
    io:format("~p~n", [string:prefix(id("x"), "")]),
    io:format("~p~n", [{string:str(S, ".."), string:rstr(S, ".."), string:str(S, "q")}]),
    io:format("~p~n", [{string:chr(S, $c), string:rchr(S, $.), string:chr(S, $z)}]),
    lists:flatten(string:replace(id("1,2,3"), ",", ", ", all)).

id(X) -> X.
