-module(printing_long_lists).
-export([start/0]).

start() ->
    io:format("~p~n", [lists:seq(1, 100)]),
    io:format("~p~n", [lists:seq(1000000, 1000040)]),
    io:format("~p~n", [[integer_to_list(N) || N <- lists:seq(1, 40)]]),
    io:format("~p~n", [[list_to_atom("atom_" ++ integer_to_list(N)) || N <- lists:seq(1, 30)]]),
    io:format("~p~n", [lists:duplicate(40, {x, y})]),
    io:format("~p~n", [lists:duplicate(3, lists:seq(1, 30))]),
    io:format("~w~n", [lists:seq(1, 60)]),
    lists:seq(1, 40).
