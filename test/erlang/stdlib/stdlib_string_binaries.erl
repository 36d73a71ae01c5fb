-module(stdlib_string_binaries).
-export([start/0]).

start() ->
    B = id(<<"  Key = Value ; Other=Thing  ">>),
    Pairs = [string:split(string:trim(P), "=") || P <- string:split(B, ";", all)],
    io:format("~p~n", [Pairs]),
    io:format("~p~n", [[{string:trim(K), string:trim(V)} || [K, V] <- Pairs]]),
    io:format("~p~n", [string:lexemes(B, " =;")]),
    io:format("~p~n", [string:find(B, "Other")]),
    io:format("~p~n", [string:take(string:trim(B), "Key ")]),
    io:format("~p~n", [string:slice(B, 2, 3)]),
    io:format("~p~n", [string:uppercase(string:trim(B))]),
    io:format("~p~n", [string:reverse(<<"abc">>)]),
    io:format("~p~n", [string:next_grapheme(<<"xyz">>)]),
    io:format("~p~n", [string:is_empty(<<>>)]),
    io:format("~p~n", [string:equal(<<"a">>, [<<"a">>])]),
    string:length(B).

id(X) -> X.
