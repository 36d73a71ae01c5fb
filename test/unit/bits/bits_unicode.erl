%% unicode:characters_to_binary/1,2,3 and characters_to_list/1,2 (all encodings, errors,
%% incomplete input), erlang:crc32/adler32/iolist_to_iovec.
-module(bits_unicode).
-export([start/0]).

r(F) -> try F() catch C:R -> {C, R} end.

start() ->
    Cases = [
        fun() -> unicode:characters_to_binary([$a, 16#110000, $b]) end,
        fun() -> unicode:characters_to_binary([[$a], [16#110000, $b], $c]) end,
        fun() -> unicode:characters_to_binary([[[$a, -1]], $x]) end,
        fun() -> unicode:characters_to_binary([$a, <<"bc">>, <<255, 1>>, $d]) end,
        fun() -> unicode:characters_to_binary(<<"ab", 195>>) end,
        fun() -> unicode:characters_to_binary([<<"ab", 195>>]) end,
        fun() -> unicode:characters_to_binary([a]) end,
        fun() -> unicode:characters_to_binary(a) end,
        fun() -> unicode:characters_to_binary([1 | 2]) end,
        fun() -> unicode:characters_to_binary(<<200, 255>>, latin1) end,
        fun() -> unicode:characters_to_binary(<<200, 255>>, latin1, utf16) end,
        fun() -> unicode:characters_to_binary([16#1F600, $a], utf8, {utf16, little}) end,
        fun() -> unicode:characters_to_binary([16#1F600, $a], unicode, {utf32, little}) end,
        fun() -> unicode:characters_to_binary([16#1F600, $a], unicode, utf32) end,
        fun() -> unicode:characters_to_binary(<<0, 0, 0, 65>>, utf32, utf8) end,
        fun() -> unicode:characters_to_binary(<<65, 0, 0, 0>>, {utf32, little}, utf8) end,
        fun() -> unicode:characters_to_binary(<<216, 61, 222, 0, 0, 65>>, utf16, utf8) end,
        fun() -> unicode:characters_to_binary(<<61, 216, 0, 222, 65, 0>>, {utf16, little}) end,
        fun() -> unicode:characters_to_binary([<<"x">>, [], [[<<"y">>, 16#3B1]] | <<"z">>]) end,
        fun() -> unicode:characters_to_binary("abc") end,
        fun() -> unicode:characters_to_binary([<<1>>], foo) end,
        fun() -> unicode:characters_to_list(<<"h", 195, 169>>) end,
        fun() -> unicode:characters_to_list([<<"h">>, 233], latin1) end,
        fun() -> unicode:characters_to_list(<<"h", 233>>, latin1) end,
        fun() -> unicode:characters_to_list(<<"h", 233, 1>>) end,
        fun() -> unicode:characters_to_list(<<"h", 237, 160, 128>>) end,
        fun() -> unicode:characters_to_list(<<"abc">>, utf16) end,
        fun() -> unicode:characters_to_list(<<"abcd">>, utf16) end,
        fun() -> unicode:characters_to_list(<<1>>, foo) end,
        fun() -> unicode:characters_to_list([<<"Gr", 195, 188, 195, 159, "e">>, 16#4F60]) end,
        fun() -> unicode:characters_to_binary([<<"ab", 195>>, <<169>>]) end,
        fun() -> unicode:characters_to_binary([<<"ab", 226>>, [<<130>>, [], <<172, "x">>]]) end,
        fun() -> unicode:characters_to_list([<<"ab", 240, 159>>, <<152>>, <<128>>]) end,
        fun() -> unicode:characters_to_binary([<<"ab", 195>>, []]) end,
        fun() -> unicode:characters_to_binary([<<"ab", 195>>, $x]) end,
        fun() -> unicode:characters_to_binary([<<"ab", 195>>, <<"x">>]) end,
        fun() -> unicode:characters_to_list([<<0, 97, 216>>, <<61, 222, 0>>], utf16) end,
        fun() -> unicode:characters_to_binary(<<"ab">>, latin1, latin1) end,
        fun() -> erlang:crc32(<<"hello">>) end,
        fun() -> erlang:crc32(5, "hello") end,
        fun() -> erlang:crc32([]) end,
        fun() -> erlang:crc32([1 | a]) end,
        fun() -> erlang:adler32([<<"hel">>, "lo"]) end,
        fun() -> erlang:adler32(7, <<"hello world">>) end,
        fun() -> erlang:iolist_to_iovec([<<"ab">>, "cd", <<"ef">>]) end,
        fun() -> erlang:iolist_to_iovec([[], <<>>]) end,
        fun() -> erlang:iolist_to_iovec(<<"x">>) end
    ],
    run(Cases, 1).

run([], _) -> ok;
run([F | T], N) -> io:format("~w: ~w~n", [N, r(F)]), run(T, N + 1).
