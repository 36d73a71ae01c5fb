-module(stdlib_io_format_depth).
-export([start/0]).

start() ->
    Terms = [id([1, 2, 3, 4, 5]), id({a, b, c, d}), id(#{a => 1, b => 2, c => 3}),
             id(<<"abcdefghij">>), id(<<1, 2, 3, 4, 5, 6>>), id("a string here"),
             id([a, [b, [c, [d, [e]]]]]), id([1, 2 | 3]), id({[{[x]}]}), id(#{k => #{k2 => [1, 2, 3]}}),
             id(<<1:4>>), id([<<"bin">>, "str", 'atom', 1.5])],
    lists:foreach(fun(T) ->
        lists:foreach(fun(D) ->
            io:format("~w ~P | ~W~n", [D, T, D, T, D])
        end, [1, 2, 3, 4, 6])
    end, Terms),
    io:format("~P~n", [id("abc"), 2]),
    io:format("~W~n", [id("abc"), 2]),
    io:format("~P~n", [id(x), 0]),
    io:format("~P~n", [id([1, 2]), -1]),
    length(Terms).

id(X) -> X.
