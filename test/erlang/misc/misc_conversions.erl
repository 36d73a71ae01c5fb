-module(misc_conversions).
-export([start/0]).

start() ->
    io:format("~p~n", [[integer_to_list(N) || N <- [0, -1, 1 bsl 70]]]),
    io:format("~p~n", [[list_to_integer(S) || S <- ["10", "-20", "99999999999999999999"]]]),
    io:format("~p~n", [[atom_to_list(A) || A <- [a, 'B c', '']]]),
    io:format("~p~n", [[list_to_atom(S) || S <- ["x", "Y z", ""]]]),
    io:format("~p~n", [[integer_to_binary(N) || N <- [5, -5]]]),
    io:format("~p~n", [[binary_to_integer(B) || B <- [<<"77">>, <<"-77">>]]]),
    io:format("~p~n", [list_to_atom(integer_to_list(123))]),
    io:format("~p~n", [list_to_integer(atom_to_list('456'))]),
    io:format("~p~n", [binary_to_atom(integer_to_binary(789), utf8)]),
    io:format("~p~n", [[float(N) || N <- [1, -2]]]),
    io:format("~p~n", [[trunc(F) || F <- [1.9, -1.9]]]),
    io:format("~p~n", [list_to_tuple(atom_to_list(abc))]),
    io:format("~p~n", [erlang:list_to_integer("z", 36)]),
    io:format("~p~n", [[erlang:integer_to_list(N, 2) || N <- [5, 255]]]),
    io:format("~p~n", [erlang:binary_to_list(erlang:atom_to_binary(conversion))]),
    list_to_atom("converted").
