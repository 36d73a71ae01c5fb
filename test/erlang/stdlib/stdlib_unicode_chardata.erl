-module(stdlib_unicode_chardata).
-export([start/0]).

%% Deep chardata: nested lists mixing integers and binaries, empty parts, every encoding.
id(X) -> X.

start() ->
    D = id([[], "ab", [<<"c"/utf8>>, [[$d]], <<>>], [[<<"é"/utf8>> | "f"]], 8364, [[[<<"😀"/utf8>>]]]]),
    L = unicode:characters_to_list(D),
    io:format("~w~n", [L]),
    B = unicode:characters_to_binary(D),
    io:format("~w~n", [B]),
    io:format("~w~n", [unicode:characters_to_list(B) =:= L]),
    [begin
         E = unicode:characters_to_binary(D, unicode, Enc),
         Back = unicode:characters_to_list([binary:part(E, 0, 4), binary:part(E, 4, byte_size(E) - 4)], Enc),
         io:format("~w ~w ~w~n", [Enc, byte_size(E), Back =:= L])
     end || Enc <- [utf8, {utf16, big}, {utf16, little}, {utf32, big}, {utf32, little}]],
    Deep = lists:foldl(fun(_, Acc) -> [Acc, $x] end, [], lists:seq(1, 500)),
    io:format("~w~n", [length(unicode:characters_to_list(Deep))]),
    byte_size(unicode:characters_to_binary([D, D, D])).
