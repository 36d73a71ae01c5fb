-module(stdlib_erlang_minmax).
-export([start/0]).

%% max/min follow the term order (number < atom < reference < fun < port < pid < tuple < map
%% < nil < list < bitstring) and return the first argument when the two compare equal.
id(X) -> X.

start() ->
    Terms = [1, 1.0, -1, 2.5, a, z, {}, {a}, {a, b}, #{}, #{a => 1}, [], [a], "abc", <<>>, <<"a">>, 1 bsl 100],
    io:format("~p~n", [lists:foldl(fun erlang:max/2, id(-1.0e300), Terms)]),
    io:format("~p~n", [lists:foldl(fun erlang:min/2, id(<<"zzz">>), Terms)]),
    io:format("~p~n", [[{max(id(X), Y), min(id(X), Y)} || {X, Y} <- [{1, 1.0}, {1.0, 1}, {0, -0.0}, {-0.0, 0}, {[], <<>>}, {{1, 2}, [1]}]]]),
    io:format("~p~n", [lists:sort(Terms)]),
    io:format("~p~n", [[X || X <- Terms, is_number(X), X == 1]]),
    max(id(3), max(id(7), id(5))).
