-module(strings_replace_misc).
-export([start/0]).

start() ->
    S = "one fish two fish red fish",
    io:format("~p~n", [string:replace(S, "fish", "cat")]),
    io:format("~p~n", [lists:flatten(string:replace(S, "fish", "cat", all))]),
    io:format("~p~n", [lists:flatten(string:replace(S, "fish", "cat", trailing))]),
    io:format("~p~n", [string:reverse("stressed")]),
    io:format("~p ~p~n", [string:equal("abc", "abc"), string:equal("abc", <<"abc">>)]),
    io:format("~p ~p ~p~n", [string:is_empty(""), string:is_empty([[], <<>>]), string:is_empty("x")]),
    io:format("~p ~p~n", [string:length("hello"), string:length(<<"héllo"/utf8>>)]),
    io:format("~p~n", [string:concat("con", "cat")]),
    io:format("~p~n", [string:next_grapheme("abc")]),
    io:format("~p~n", [string:to_graphemes("ab")]),
    io:format("~p~n", [lists:flatten(replace_all("a-b-c", $-, "::"))]),
    string:reverse("abc").

replace_all(S, C, With) -> [case X of C -> With; _ -> X end || X <- S].
