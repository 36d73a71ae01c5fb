-module(stdlib_unicode_utf8).
-export([start/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    Cases = [fun() -> unicode:characters_to_binary(id("abc")) end,
             fun() -> unicode:characters_to_binary(id([104, 233, 8364, 128512])) end,
             fun() -> unicode:characters_to_binary(id(["ab", <<"cd">>, [$e, [<<"f">>]]])) end,
             fun() -> unicode:characters_to_binary(id([<<"h", 195, 169>>, 8364])) end,
             fun() -> unicode:characters_to_list(id(<<"h", 195, 169, 226, 130, 172>>)) end,
             fun() -> unicode:characters_to_list(id([<<"ab">>, "c", <<240, 159, 152, 128>>])) end,
             fun() -> unicode:characters_to_list(id(<<>>)) end,
             fun() -> unicode:characters_to_binary(id([])) end,
             fun() -> unicode:characters_to_binary(id(<<"already">>)) end,
             fun() -> unicode:characters_to_list(id(<<"ab", 255, "cd">>)) end,
             fun() -> unicode:characters_to_list(id(<<"ab", 195>>)) end,
             fun() -> unicode:characters_to_list(id(<<"ab", 226, 130>>)) end,
             fun() -> unicode:characters_to_binary(id(<<"ab", 195>>)) end,
             fun() -> unicode:characters_to_binary(id([$a, <<"b", 128>>, $c])) end,
             fun() -> unicode:characters_to_binary(id([$a, 16#110000])) end,
             fun() -> unicode:characters_to_binary(id([$a, 16#D800, $b])) end,
             fun() -> unicode:characters_to_binary(id([$a, -1])) end,
             fun() -> unicode:characters_to_binary(id([$a | $b])) end,
             fun() -> unicode:characters_to_binary(id(foo)) end,
             fun() -> unicode:characters_to_list(id(123)) end,
             fun() -> unicode:characters_to_list(id([$a, {x}])) end,
             fun() -> unicode:characters_to_list(id(<<237, 160, 128>>)) end,
             fun() -> unicode:characters_to_list(id(<<192, 128>>)) end,
             fun() -> unicode:characters_to_list(id(<<244, 144, 128, 128>>)) end],
    [io:format("~w~n", [t(F)]) || F <- Cases],
    ok.
