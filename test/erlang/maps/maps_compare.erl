-module(maps_compare).
-export([start/0]).

start() ->
    Ms = [#{b => 1}, #{a => 2}, #{a => 1}, #{}, #{a => 1, b => 1}, #{c => 0}, #{1 => x}, #{a => 1.0}],
    io:format("~p~n", [lists:sort([id(M) || M <- Ms])]),
    Pairs = [{#{a => 1}, #{a => 1.0}}, {#{a => 1}, #{a => 2}}, {#{a => 1}, #{b => 0}},
             {#{a => 1, b => 2}, #{b => 2, a => 1}}, {#{1 => a}, #{1.0 => a}}, {#{}, #{z => z}}],
    lists:foreach(
      fun({A, B}) -> io:format("~p ~p: == ~p =:= ~p < ~p~n", [A, B, A == B, A =:= B, A < B]) end,
      [{id(A), id(B)} || {A, B} <- Pairs]),
    io:format("~p~n", [#{a => 1} < {a, 1}]),
    io:format("~p~n", [#{} < []]),
    lists:max(Ms).

id(X) -> X.
