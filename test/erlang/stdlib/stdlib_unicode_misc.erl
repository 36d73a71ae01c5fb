-module(stdlib_unicode_misc).
-export([start/0]).

start() ->
    io:format("~w~n", [unicode:bom_to_encoding(<<239, 187, 191, "x">>)]),
    io:format("~w~n", [unicode:bom_to_encoding(<<255, 254, 0, 0>>)]),
    io:format("~w~n", [unicode:bom_to_encoding(<<255, 254, 1>>)]),
    io:format("~w~n", [unicode:bom_to_encoding(<<"plain">>)]),
    io:format("~w~n", [[unicode:encoding_to_bom(E) || E <- [utf8, {utf16, little}, utf32, latin1]]]),
    io:format("~w~n", [unicode:characters_to_list(<<"h\x{e9}"/utf8>>)]),
    io:format("~w~n", [unicode:characters_to_binary([104, 233, 8364])]),
    io:format("~w~n", [string:length(unicode:characters_to_binary([233, 8364]))]),
    ok.
