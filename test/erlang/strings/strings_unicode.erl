-module(strings_unicode).
-export([start/0]).

start() ->
    L = "Grüße",
    U = [$h, 233, $l, $l, $o, $\s, 8364, $\s, 20320, 22909, $\s, 16#1F600],
    B = unicode:characters_to_binary(U),
    io:format("~ts~n", [U]),
    io:format("~ts~n", [B]),
    io:format("~s~n", [L]),
    io:format("~w ~w~n", [length(U), byte_size(B)]),
    io:format("~w~n", [B]),
    io:format("~w~n", [unicode:characters_to_list(B) =:= U]),
    io:format("~w~n", [unicode:characters_to_list(<<"caf", 233>>, latin1)]),
    io:format("~w~n", [unicode:characters_to_binary("é", unicode, latin1)]),
    io:format("~p~n", [unicode:characters_to_binary(<<255, 254>>)]),
    io:format("~ts|~10ts|~-10ts|~n", [[8364], [8364, 8364], [20320]]),
    io:format("~tp~n", [U]),
    io:format("~p~n", [U]),
    io:format("~tp~n", [B]),
    io:format("~p~n", [L]),
    io:format("~w~n", [string:length(U)]),
    B.
