-module(stdlib_string_old_more).
-export([start/0]).

start() ->
    io:format("~p~n", [string:tokens(id("a, b,,c ,"), ", ")]),
    io:format("~p~n", [string:tokens(id(""), ",")]),
    io:format("~p~n", [string:join(id(["a", "b", "c"]), ", ")]),
    io:format("~p~n", [string:join(id([]), ", ")]),
    io:format("~p~n", [{string:substr(id("hello"), 2), string:substr(id("hello"), 2, 3), string:substr(id("hello"), 6)}]),
    io:format("~p~n", [{string:sub_string(id("hello"), 2), string:sub_string(id("hello"), 2, 3)}]),
    io:format("~p~n", [{string:chars($x, 3), string:chars($x, 3, "tail"), string:chars($x, 0)}]),
    io:format("~p~n", [{string:copies("ab", 3), string:copies("ab", 0)}]),
    io:format("~p~n", [{string:centre("ab", 6), string:centre("abc", 6, $*), string:centre("abcdef", 3)}]),
    io:format("~p~n", [{string:left("ab", 5), string:left("abcdef", 3), string:left("ab", 5, $.)}]),
    io:format("~p~n", [{string:right("ab", 5), string:right("abcdef", 3), string:right("ab", 5, $.)}]),
    io:format("~p~n", [{string:words(id(" a  b c ")), string:words(id("a,b,,c"), $,)}]),
    io:format("~p~n", [[string:sub_word(id(" a  b c "), N) || N <- [1, 2, 3, 4]]]),
    io:format("~p~n", [string:sub_word(id("a,b,,c"), 3, $,)]),
    io:format("~p~n", [{string:span(id("aabbc"), "ab"), string:cspan(id("aabbc"), "c"), string:span(id("x"), "")}]),
    io:format("~p~n", [{string:len(id("four")), string:concat("ab", "cd")}]),
    io:format("~w~n", [run(fun() -> string:substr(id("abc"), 5) end)]),
    io:format("~w~n", [run(fun() -> string:sub_string(id("abc"), 0) end)]),
    io:format("~w~n", [run(fun() -> string:copies("a", -1) end)]),
    io:format("~w~n", [run(fun() -> string:tokens(id(abc), ",") end)]),
    string:tokens(id("k1=v1&k2=v2"), "=&").

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
