-module(stdlib_string_numbers).
-export([start/0]).

start() ->
    Ints = ["123", "-42rest", "+7", "abc", "", "007", "12.5", " 1", "99999999999999999999x"],
    [io:format("~p -> ~p~n", [S, string:to_integer(S)]) || S <- Ints],
    Floats = ["1.5", "-0.25e3x", "1e3", "1.", ".5", "3.14159", "2.5E-2", "1,5", "1.5e", "6.02e23 mol"],
    [io:format("~p -> ~p~n", [S, string:to_float(S)]) || S <- Floats],
    io:format("~p~n", [string:to_integer(<<"42 apples">>)]),
    io:format("~p~n", [string:to_float(<<"0.5">>)]),
    io:format("~p~n", [string:to_integer(notastring)]),
    io:format("~p ~p~n", [string:list_to_integer("12ab"), string:list_to_float("1.0x")]),
    element(1, string:to_integer("1000")).
