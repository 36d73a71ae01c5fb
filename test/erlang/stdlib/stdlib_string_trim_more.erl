-module(stdlib_string_trim_more).
-export([start/0]).

start() ->
    S = id("\t  hello world \n\r\n"),
    io:format("~p~n", [string:trim(S)]),
    io:format("~p~n", [string:trim(S, leading)]),
    io:format("~p~n", [string:trim(S, trailing)]),
    io:format("~p~n", [string:trim(id("xxhixx"), both, "x")]),
    io:format("~p~n", [string:trim(id("xyhiyx"), both, "xy")]),
    io:format("~p~n", [string:trim(id(<<"..bin..">>), trailing, ".")]),
    io:format("~p~n", [string:trim(id(<<"  ">>))]),
    io:format("~p~n", [string:trim(id(""))]),
    io:format("~p~n", [unicode:characters_to_list(string:trim(id(["  ", <<" ab ">>, " "])))]),
    io:format("~p~n", [string:trim(id("a\r\n"), trailing, [[$\r, $\n]])]),
    io:format("~p~n", [string:chomp(id("line\r\n"))]),
    io:format("~p~n", [string:chomp(id(<<"line\n\n">>))]),
    io:format("~p~n", [string:strip(id("  a b  "))]),
    io:format("~p~n", [string:strip(id("  a b  "), left)]),
    io:format("~p~n", [string:strip(id("  a b  "), right)]),
    io:format("~p~n", [string:strip(id("--a--"), both, $-)]),
    io:format("~w~n", [run(fun() -> string:strip(id("a"), middle) end)]),
    string:trim(id("\x{00A0}non-breaking\x{3000}")).

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
