-module(termorder_maps).
-export([start/0]).

start() ->
    Maps = [#{b => 1}, #{a => 2}, #{a => 1, b => 2}, #{}, #{c => 1}, #{1 => a}, #{a => 1},
            #{a => 1, b => 1}, #{a => 1, c => 0}, #{[] => x}],
    io:format("~p~n", [lists:sort([id(M) || M <- Maps])]),
    io:format("~p~n", [[{A, B, A < B} || {A, B} <- [{#{a => 9}, #{b => 0}}, {#{z => 0}, #{a => 0, b => 0}},
                                                    {#{a => 1}, #{a => 2}}, {#{1 => a}, #{a => 1}},
                                                    {#{2 => a}, #{1.0 => a}}]]]),
    io:format("~p~n", [[{T, X < T} || X <- [#{}], T <- [{}, {a}, [], [1], <<>>, a, 1]]]),
    io:format("~p~n", [lists:sort([{1, 2}, #{}, [1], #{a => b}, {}])]),
    lists:max(Maps).

id(X) -> X.
