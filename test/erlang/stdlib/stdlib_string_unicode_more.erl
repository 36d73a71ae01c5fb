-module(stdlib_string_unicode_more).
-export([start/0]).

start() ->
    Strs = [id("héllo"), id("e\x{301}t\x{301}"), id("👍🏽ok"), id("🇸🇪🇫🇮"), id("a\x{200D}b"),
            id("👨\x{200D}👩\x{200D}👧"), id(<<"naïve"/utf8>>), id("\r\n\r\n"), id("ÅÄÖ")],
    lists:foreach(fun(S) ->
        io:format("~w ~w~n", [string:length(S), [length(G) || G <- [to_cps(X) || X <- string:to_graphemes(S)]]]),
        io:format("~ts|~ts|~ts~n", [string:reverse(S), string:slice(S, 1, 2), string:uppercase(S)])
    end, Strs),
    io:format("~w~n", [string:next_grapheme(id("👍🏽ok"))]),
    io:format("~w~n", [string:next_grapheme(id(<<"e\x{301}x"/utf8>>))]),
    io:format("~w~n", [string:find(id("aé e\x{301}"), "e")]),
    io:format("~w~n", [string:split(id("a\x{301},b"), ",")]),
    io:format("~ts~n", [string:pad(id("é"), 4, both, $·)]),
    io:format("~w~n", [string:equal(id("é"), id("e\x{301}"))]),
    io:format("~w~n", [string:equal(id("é"), id("e\x{301}"), false, nfc)]),
    length(Strs).

to_cps(G) when is_integer(G) -> [G];
to_cps(G) -> G.

id(X) -> X.
