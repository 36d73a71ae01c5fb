-module(printing_special_strings).
-export([start/0]).

start() ->
    Ss = ["line1\nline2", "tab\there", "quote\"inside", "back\\slash", "bell\007", "esc\e[1m", "cr\r",
          "del\177", "form\f", "vt\v", "bs\b", "nul\0", "percent%~tilde", "'single'", "$dollar"],
    lists:foreach(fun(S) -> io:format("~p~n", [S]) end, Ss),
    io:format("~p~n", [Ss]),
    io:format("~p~n", [list_to_binary(Ss)]),
    io:format("~p~n", ['atom\nwith newline']),
    lists:nth(3, Ss).
