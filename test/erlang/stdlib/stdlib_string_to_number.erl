-module(stdlib_string_to_number).
-export([start/0]).

start() ->
    Ints = ["123", "-45abc", "+7", "  12", "abc", "", "0x1F", "99999999999999999999 rest", <<"42!">>, "1.5", "-"],
    lists:foreach(fun(S) -> io:format("~p~n", [string:to_integer(id(S))]) end, Ints),
    Floats = ["1.5", "-2.25e3x", "3", "3.", ".5", "1.0e", "1e10", "2.5E-2 tail", <<"6.25">>, "abc", "1,5"],
    lists:foreach(fun(S) -> io:format("~p~n", [string:to_float(id(S))]) end, Floats),
    io:format("~p~n", [string:list_to_integer(id("12ab"))]),
    io:format("~p~n", [string:to_integer(id([$1, <<"23">>, "4"]))]),
    io:format("~p~n", [string:to_integer(id(notastring))]),
    string:to_float(id("0.1")).

id(X) -> X.
