-module(tuples_size_patterns).
-export([start/0]).

start() ->
    Ts = [{}, {1}, {1, 2}, {ok, value}, {error, reason, extra}, {a, b, c, d}, [not_a_tuple], {{nested}}],
    lists:foreach(fun(T) -> io:format("~w: ~w ~w~n", [T, describe(id(T)), size_of(id(T))]) end, Ts),
    io:format("~w~n", [[tuple_size(T) || T <- Ts, is_tuple(T)]]),
    {X, Y} = id({10, 20}),
    {_, {Z}} = id({ignored, {30}}),
    io:format("~w~n", [X + Y + Z]),
    io:format("~w~n", [swap({1, 2})]),
    io:format("~w~n", [[{B, A} || {A, B} <- [{1, a}, {2, b}, {3}]]]),
    {X, Y, Z}.

describe({}) -> empty;
describe({ok, V}) -> {success, V};
describe({error, R, _}) -> {failure, R};
describe({_}) -> single;
describe(T) when is_tuple(T), tuple_size(T) > 3 -> large;
describe(T) when is_tuple(T) -> other_tuple;
describe(_) -> not_tuple.

size_of(T) when is_tuple(T) -> size(T);
size_of(_) -> none.

swap({A, B}) -> {B, A}.

id(X) -> X.
