-module(stdlib_unicode_encodings).
-export([start/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    S = id([$a, 233, 8364, 128512]),
    Encs = [utf8, unicode, utf16, {utf16, big}, {utf16, little}, utf32, {utf32, big}, {utf32, little}],
    [begin
         B = unicode:characters_to_binary(S, unicode, E),
         io:format("~w ~w ~w~n", [E, B, unicode:characters_to_list(B, E) =:= S])
     end || E <- Encs],
    Cases = [fun() -> unicode:characters_to_binary(id("h\351"), latin1) end,
             fun() -> unicode:characters_to_binary(id(<<"h", 233>>), latin1) end,
             fun() -> unicode:characters_to_binary(id(<<"h", 233>>), latin1, utf8) end,
             fun() -> unicode:characters_to_binary(id("h\351"), unicode, latin1) end,
             fun() -> unicode:characters_to_binary(id([104, 8364]), unicode, latin1) end,
             fun() -> unicode:characters_to_binary(id(<<"h", 195, 169>>), utf8, latin1) end,
             fun() -> unicode:characters_to_list(id(<<"h", 233>>), latin1) end,
             fun() -> unicode:characters_to_list(id([<<0, 104>>, <<0>>]), utf16) end,
             fun() -> unicode:characters_to_list(id(<<216, 0>>), utf16) end,
             fun() -> unicode:characters_to_list(id(<<220, 0, 0, 65>>), utf16) end,
             fun() -> unicode:characters_to_list(id(<<0, 0, 0>>), utf32) end,
             fun() -> unicode:characters_to_list(id(<<0, 17, 0, 0>>), utf32) end,
             fun() -> unicode:characters_to_list(id(<<65, 0, 0, 0>>), {utf32, little}) end,
             fun() -> unicode:characters_to_binary(id("abc"), utf8, {utf16, little}) end,
             fun() -> unicode:characters_to_binary(id(<<0, 97, 0, 98>>), utf16, utf8) end,
             fun() -> unicode:characters_to_binary(id("x"), foo) end,
             fun() -> unicode:characters_to_binary(id("x"), utf8, bar) end,
             fun() -> unicode:characters_to_list(id("x"), baz) end,
             fun() -> unicode:characters_to_binary(id([256]), latin1) end],
    [io:format("~w~n", [t(F)]) || F <- Cases],
    ok.
