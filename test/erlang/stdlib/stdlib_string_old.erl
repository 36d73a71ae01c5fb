-module(stdlib_string_old).
-export([start/0]).

start() ->
    S = id("  The quick  brown fox  "),
    io:format("~p~n", [string:strip(S)]),
    io:format("~p~n", [string:strip(S, left)]),
    io:format("~p~n", [string:strip("xxhixx", both, $x)]),
    io:format("~p ~p~n", [string:words(S), string:words("a,b,,c", $,)]),
    io:format("~p ~p~n", [string:sub_word(S, 3), string:sub_word("a,b,c", 2, $,)]),
    io:format("~p~n", [string:tokens(S, " ")]),
    io:format("~p~n", [string:join(["a", "b", "c"], ", ")]),
    io:format("~p ~p~n", [string:substr("hello", 2), string:substr("hello", 2, 3)]),
    io:format("~p ~p~n", [string:sub_string("hello", 2), string:sub_string("hello", 2, 4)]),
    io:format("~p ~p~n", [string:left("abc", 6), string:left("abcdef", 3)]),
    io:format("~p ~p~n", [string:right("abc", 6, $0), string:right("abcdef", 3)]),
    io:format("~p ~p~n", [string:centre("abc", 9, $*), string:centre("abcdef", 4)]),
    io:format("~p ~p~n", [string:copies("ab", 3), string:chars($z, 4)]),
    io:format("~p~n", [string:chars($z, 2, "tail")]),
    io:format("~p ~p~n", [string:len("four"), string:concat("con", "cat")]),
    io:format("~p~n", [[string:str("banana", X) || X <- ["an", "nan", "x", ""]]]),
    io:format("~p~n", [[string:rstr("banana", X) || X <- ["an", "a", "x"]]]),
    string:to_upper(string:strip(S)).

id(X) -> X.
