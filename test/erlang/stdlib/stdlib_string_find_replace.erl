-module(stdlib_string_find_replace).
-export([start/0]).

start() ->
    S = id("hello wonderful world"),
    io:format("~p~n", [string:find(S, "o")]),
    io:format("~p~n", [string:find(S, "o", trailing)]),
    io:format("~p~n", [string:find(S, "won")]),
    io:format("~p~n", [string:find(S, "xyz")]),
    io:format("~p~n", [string:find(<<"key: value">>, ": ")]),
    io:format("~p~n", [string:replace(S, "o", "0")]),
    io:format("~p~n", [string:replace(S, "o", "0", all)]),
    io:format("~p~n", [string:replace(S, "o", "0", trailing)]),
    io:format("~s~n", [string:replace(S, "world", "there")]),
    io:format("~p~n", [string:replace(<<"a.b.c">>, ".", "/", all)]),
    io:format("~p~n", [string:prefix("prefix_rest", "prefix_")]),
    io:format("~p~n", [string:prefix(<<"abc">>, "x")]),
    io:format("~p~n", [string:equal("abc", <<"abc">>)]),
    io:format("~p~n", [string:equal("abc", "ABC", true)]),
    io:format("~p ~p~n", [string:str(S, "won"), string:rstr(S, "o")]),
    io:format("~p ~p~n", [string:chr(S, $w), string:rchr(S, $w)]),
    io:format("~p ~p~n", [string:span("aabbc", "ab"), string:cspan("aabbc", "c")]),
    unicode:characters_to_list(string:replace("x-y-z", "-", "", all)).

id(X) -> X.
