-module(stdlib_unicode_roundtrip).
-export([start/0]).

%% Round trips of code points across the planes and the UTF-8 length boundaries.
id(X) -> X.

start() ->
    Cps = [0, 1, 127, 128, 2047, 2048, 16#D7FF, 16#E000, 16#FFFD, 16#FFFF, 16#10000, 16#10FFFF],
    B = unicode:characters_to_binary(id(Cps)),
    io:format("~w~n", [B]),
    io:format("~w~n", [unicode:characters_to_list(B) =:= Cps]),
    [io:format("~w ~w ~w~n", [C, byte_size(unicode:characters_to_binary([C])),
                              byte_size(unicode:characters_to_binary([C], unicode, utf16))]) || C <- Cps],
    Text = id("Grüße, мир, 世界 😀"),
    U8 = unicode:characters_to_binary(Text),
    U16 = unicode:characters_to_binary(Text, unicode, {utf16, little}),
    U32 = unicode:characters_to_binary(Text, unicode, utf32),
    io:format("~w ~w ~w ~w~n", [length(Text), byte_size(U8), byte_size(U16), byte_size(U32)]),
    io:format("~w~n", [[unicode:characters_to_list(U16, {utf16, little}) =:= Text,
                        unicode:characters_to_list(U32, utf32) =:= Text,
                        unicode:characters_to_binary(U16, {utf16, little}, utf32) =:= U32,
                        unicode:characters_to_binary(U32, utf32, utf8) =:= U8]]),
    io:format("~ts~n", [U8]),
    Bytes = binary_to_list(U8),
    lists:sum(Bytes).
