-module(stdlib_io_format_errors).
-export([start/0]).

start() ->
    Cases = [
        {"~w", []},
        {"~w ~w", [a]},
        {"~w", [a, b]},
        {"~d", [1]},
        {"~b", [a]},
        {"~f", [a]},
        {"~e", [1]},
        {"~c", [a]},
        {"~x", [1]},
        {"~.0b", [1]},
        {"~.37b", [1]},
        {"~p", notalist},
        {"~", []},
        {"~5", [1]},
        {bad, []},
        {"~a", [x]},
        {"~P", [x]},
        {"~W", [x, y]},
        {<<"~w">>, [bin_format]},
        {'~w atom', [atom_format]},
        {"~.0f", [1.5]},
        {"~.1e", [1.5]},
        {"~.0g", [1.5]},
        {"~-30p|", [short]},
        {"~-*p", [8, a]},
        {"~30p|", [short]},
        {"~.1g", [31.5]},
        {"~f", [1]},
        {"~e", [2]},
        {"~g", [3]},
        {"~s", [[a]]},
        {"~x", [1, 2]},
        {"~.2X", [1, x]},
        {"~c", [-1]},
        {"~#", [1.0]},
        {"~w~", [1]},
        {"~q", [1]},
        {"~.1b", [1]},
        {"~.*b", [40, 1]},
        {"~*.*.*s", [5, 2, $., "abc"]}
    ],
    lists:foreach(fun({F, A}) -> io:format("~p~n", [catch_fmt(F, A)]) end, Cases),
    length(Cases).

catch_fmt(F, A) ->
    try lists:flatten(io_lib:format(F, A)) catch C:R -> {C, R} end.
