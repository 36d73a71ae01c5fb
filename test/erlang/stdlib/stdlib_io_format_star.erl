-module(stdlib_io_format_star).
-export([start/0]).

start() ->
    io:format("[~*w]~n", [id(6), id(x)]),
    io:format("[~-*w]~n", [id(6), id(x)]),
    io:format("[~*.*w]~n", [id(6), id(2), id(xyzzy)]),
    io:format("[~.*f]~n", [id(3), id(1.0)]),
    io:format("[~*.*.*f]~n", [id(10), id(2), id($0), id(3.14159)]),
    io:format("[~.*B]~n", [id(2), id(10)]),
    io:format("[~*c]~n", [id(4), id($z)]),
    io:format("[~*p]~n", [id(8), id({a})]),
    io:format("~p~n", [catch_fmt("~*w", [id(-3), id(x)])]),
    io:format("~p~n", [catch_fmt("~*w", [id(a), id(x)])]),
    ok.

catch_fmt(F, A) ->
    try lists:flatten(io_lib:format(F, A)) catch C:R -> {C, R} end.

id(X) -> X.
