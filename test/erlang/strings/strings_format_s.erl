-module(strings_format_s).
-export([start/0]).

start() ->
    Io = ["abc", [$d, [$e]], <<"fgh">>, [<<"i">> | "j"]],
    io:format("[~s]~n", [Io]),
    io:format("[~s] [~s] [~s]~n", [<<"binary">>, "list", hello_atom]),
    io:format("[~10s] [~-10s] [~.3s] [~10.2s] [~-8.5s]~n", ["right", "left", "truncate", "ab", "padded"]),
    io:format("[~*s] [~-*s]~n", [6, "xy", 6, "xy"]),
    io:format("[~10.4.*s]~n", [$_, "abcdefg"]),
    io:format("[~s]~n", [[]]),
    io:format("[~p] [~p]~n", ["quoted", <<"quoted bin">>]),
    io:format("~s~s~s~n", ["con", "cat", "enation"]),
    io:format("~c~c~c ~3c ~-3c|~n", [$a, $b, $c, $x, $y]),
    io:format("~~ tilde and ~n newline~n"),
    io:format("~i~s~n", [ignored, "after ignored"]),
    io:format("no args~n", []),
    lists:flatten(io_lib:format("~s|~s", [Io, <<"end">>])).
