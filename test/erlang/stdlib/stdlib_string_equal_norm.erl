-module(stdlib_string_equal_norm).
-export([start/0]).

start() ->
    Marks = [16#300, 16#301, 16#302, 16#303, 16#308, 16#30A, 16#327],
    Letters = lists:seq($A, $Z) ++ lists:seq($a, $z),
    Found = [{C, [{B, M} || B <- Letters, M <- Marks, string:equal([C], [B, M], false, nfd)]}
             || C <- lists:seq(16#C0, 16#FF)],
    io:format("~w~n", [Found]),
    io:format("~w~n", [[string:equal(id("é"), id("e\x{301}"), false, N) || N <- [none, nfc, nfd, nfkc, nfkd]]]),
    io:format("~w~n", [[string:equal(id("É"), id("e\x{301}"), true, N) || N <- [none, nfc, nfd]]]),
    io:format("~w~n", [string:equal(id(<<"café"/utf8>>), id("cafe\x{301}"), false, nfc)]),
    io:format("~w~n", [string:equal(id("abc"), id("abd"), false, nfc)]),
    io:format("~w~n", [string:equal(id("ÿ"), id("y\x{308}"), false, nfd)]),
    length([X || {_, [_]} = X <- Found]).

id(X) -> X.
