-module(strings_case).
-export([start/0]).

start() ->
    S = "Hello, World! 123 äöü",
    io:format("~ts~n", [string:to_upper(S)]),
    io:format("~ts~n", [string:to_lower(S)]),
    io:format("~p ~p~n", [string:to_upper($a), string:to_lower($Q)]),
    io:format("~ts~n", [string:uppercase(S)]),
    io:format("~ts~n", [string:lowercase(S)]),
    io:format("~ts~n", [string:titlecase("élan vital")]),
    io:format("~ts~n", [string:casefold("Straße")]),
    io:format("~p~n", [string:uppercase(<<"binary text">>)]),
    io:format("~p~n", [[capitalize(W) || W <- string:tokens("the old man and the sea", " ")]]),
    io:format("~p~n", [string:equal("ABC", "abc", true)]),
    string:to_upper("done").

capitalize([H | T]) -> [string:to_upper(H) | T].
