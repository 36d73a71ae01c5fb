-module(stdlib_unicode_errors).
-export([start/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    Cases = [fun() -> unicode:characters_to_list(id(atom)) end,
             fun() -> unicode:characters_to_list(id(1.5)) end,
             fun() -> unicode:characters_to_list(id({<<"a">>})) end,
             fun() -> unicode:characters_to_list(id([<<"a">> | b])) end,
             fun() -> unicode:characters_to_list(id([<<1:1>>])) end,
             fun() -> unicode:characters_to_binary(id([[[[foo]]]])) end,
             fun() -> unicode:characters_to_binary(id("a"), id(utf7)) end,
             fun() -> unicode:characters_to_binary(id("a"), unicode, id({utf16, middle})) end,
             fun() -> unicode:characters_to_list(id(<<"a">>), id(latin2)) end,
             fun() -> unicode:characters_to_list(id([16#10FFFF, 16#110000])) end,
             fun() -> unicode:characters_to_list(id([16#DFFF])) end,
             fun() -> unicode:characters_to_list(id([16#E000, 16#FFFE, 16#FFFF])) end,
             fun() -> unicode:characters_to_binary(id(<<255, 254>>), {utf16, little}) end,
             fun() -> unicode:characters_to_binary(id(<<0, 216, 0, 220>>), {utf16, little}) end,
             fun() -> unicode:characters_to_binary(id(<<0, 220>>), {utf16, little}) end,
             fun() -> unicode:characters_to_list(id(<<0, 0, 216, 0>>), utf32) end,
             fun() -> unicode:characters_to_list(id(<<0, 0, 0, 65, 0>>), utf32) end,
             fun() -> unicode:no_such_function(id("x")) end],
    [io:format("~w~n", [t(F)]) || F <- Cases],
    ok.
