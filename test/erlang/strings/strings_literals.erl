-module(strings_literals).
-export([start/0]).

start() ->
    S1 = "plain",
    S2 = "adjacent " "literals " "join",
    S3 = "tab\there, newline\\n shown escaped, quote \" and backslash \\",
    S4 = "\x41\x{42}\103 \e[0m",
    io:format("~s~n~s~n~s~n", [S1, S2, S3]),
    io:format("~w~n", [S4]),
    io:format("~p~n", [S4]),
    io:format("~w~n", [[$a, $Z, $0, $\n, $\s, $\\, $", $', $\t, $\e, $\d, $\x7F]]),
    io:format("~p~n", ["" =:= []]),
    io:format("~p ~p~n", [length(S2), hd(S1)]),
    io:format("~s~n", [[$h, $i | " there"]]),
    io:format("~p~n", ["multi
line"]),
    S2.
