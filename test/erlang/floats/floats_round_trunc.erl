-module(floats_round_trunc).
-export([start/0]).

start() ->
    Vals = [0.0, 0.4, 0.5, 0.6, 1.5, 2.5, -0.4, -0.5, -0.6, -1.5, -2.5,
            3.999999, 1.0e10 + 0.5, 123456.789, -98765.4321, 7, -7],
    lists:foreach(
      fun(V) -> io:format("~p: round ~p trunc ~p~n", [V, round(V), trunc(V)]) end, Vals),
    io:format("~p~n", [[round(X / 10) || X <- lists:seq(-20, 20, 5)]]),
    io:format("~p~n", [try round(id(a)) catch error:R -> R end]),
    {round(2.5), trunc(-2.5)}.

id(X) -> X.
