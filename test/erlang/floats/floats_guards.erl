-module(floats_guards).
-export([start/0]).

start() ->
    Vals = [1.0, 1, 0.5, -2.5, 1.0e100, a, "1.0", 3],
    lists:foreach(fun(V) -> io:format("~p: ~p ~p~n", [V, kind(V), bucket(V)]) end, Vals),
    io:format("~p~n", [[X || X <- Vals, is_float(X), X > 0]]),
    io:format("~p~n", [[match(X) || X <- [1.0, 2.0, 1, 2.5]]]),
    io:format("~p~n", [[X * 2 || X <- Vals, is_number(X), X == trunc(X)]]),
    ok.

kind(X) when is_float(X), X > 1.0e50 -> huge_float;
kind(X) when is_float(X) -> float;
kind(X) when is_integer(X) -> integer;
kind(_) -> not_a_number.

bucket(X) when X < 0 -> negative;
bucket(X) when X >= 0, X < 1 -> unit;
bucket(X) when is_number(X) -> large;
bucket(_) -> none.

match(1.0) -> one_float;
match(2.0) -> two_float;
match(1) -> one_int;
match(_) -> other.
