-module(misc_guards).
-export([start/0]).

start() ->
    Vals = [0, 7, -3, 12, 100, 2.5, foo, "str", [], {1, 2}, <<"b">>, #{a => 1}, 15, 1 bsl 70],
    lists:foreach(fun(V) -> io:format("~p: ~p ~p ~p~n", [V, g1(V), g2(V), g3(V)]) end, Vals),
    io:format("~p~n", [[X || X <- Vals, is_integer(X) andalso X > 5 orelse is_atom(X)]]),
    io:format("~p~n", [[X || X <- Vals, not is_number(X), not is_list(X)]]),
    io:format("~p~n", [[{A, B} || A <- [true, false], B <- [true, false], A xor B]]),
    ok.

g1(X) when is_integer(X), X > 10; is_float(X) -> big_or_float;
g1(X) when is_integer(X), X >= 0 -> small_non_neg;
g1(X) when is_integer(X) -> negative;
g1(_) -> not_number.

g2(X) when is_integer(X) andalso (X rem 3 =:= 0 orelse X rem 5 =:= 0) -> fizzbuzzy;
g2(X) when is_tuple(X), tuple_size(X) =:= 2, element(1, X) =:= 1 -> pair_starting_one;
g2(X) when is_binary(X) orelse is_map(X) -> bin_or_map;
g2(X) when X =:= []; X =:= "str" -> listish;
g2(_) -> other.

g3(X) when abs(X) > 50, X band 1 =:= 0 -> big_even;
g3(X) when is_number(X), X * 2 < 10, X * 2 > -10 -> near_zero;
g3(X) when is_atom(X), X =/= bar, X /= baz -> atom_not_bar;
g3(X) when length(X) >= 0 -> list;
g3(X) when map_size(X) > 0 -> map;
g3(_) -> fallback.
