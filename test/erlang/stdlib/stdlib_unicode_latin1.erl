-module(stdlib_unicode_latin1).
-export([start/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    L1 = list_to_binary(lists:seq(160, 255)),
    U = unicode:characters_to_binary(L1, latin1),
    io:format("~w ~w~n", [byte_size(L1), byte_size(U)]),
    io:format("~w~n", [unicode:characters_to_binary(U, utf8, latin1) =:= L1]),
    io:format("~w~n", [unicode:characters_to_list(U) =:= lists:seq(160, 255)]),
    io:format("~w~n", [unicode:characters_to_list(L1, latin1) =:= lists:seq(160, 255)]),
    Cases = [fun() -> unicode:characters_to_binary(id([72, 233, <<"!">>]), latin1, latin1) end,
             fun() -> unicode:characters_to_binary(id([72, 256]), latin1, latin1) end,
             fun() -> unicode:characters_to_binary(id([72, 300]), latin1, utf8) end,
             fun() -> unicode:characters_to_binary(id([<<"é"/utf8>>, "x"]), unicode, latin1) end,
             fun() -> unicode:characters_to_binary(id(<<"a€b"/utf8>>), utf8, latin1) end,
             fun() -> unicode:characters_to_list(id([<<233>>, 233]), latin1) end,
             fun() -> unicode:characters_to_binary(id([<<233>>, 233]), latin1, {utf16, little}) end,
             fun() -> unicode:characters_to_binary(id([]), latin1, latin1) end],
    [io:format("~w~n", [t(F)]) || F <- Cases],
    ok.
