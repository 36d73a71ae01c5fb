-module(arith_guards_types).
-export([start/0]).

start() ->
    Terms = [0, -3, 134217728, 1 bsl 80, 1.5, -0.0, a, "1", <<1>>, {1}],
    lists:foreach(fun(T) -> io:format("~w: ~w ~w~n", [T, classify(T), range(T)]) end, Terms),
    io:format("~w~n", [[X || X <- Terms, is_integer(X), X rem 2 =:= 0]]),
    io:format("~w~n", [[X || X <- Terms, is_number(X), abs(X) > 1]]),
    io:format("~w~n", [[even_odd(X) || X <- lists:seq(-3, 3)]]),
    ok.

classify(X) when is_integer(X), X > 134217727 -> big_positive_integer;
classify(X) when is_integer(X), X < 0 -> negative_integer;
classify(X) when is_integer(X) -> integer;
classify(X) when is_float(X) -> float;
classify(X) when is_atom(X) -> atom;
classify(_) -> other.

range(X) when is_number(X), X >= -10, X =< 10 -> small_range;
range(X) when is_number(X), X * 2 > 1000 -> large;
range(X) when not is_number(X) -> nan;
range(_) -> other.

even_odd(X) when X band 1 =:= 0 -> even;
even_odd(_) -> odd.
