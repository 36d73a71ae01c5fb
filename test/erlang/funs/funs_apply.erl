-module(funs_apply).
-export([start/0, add/2, greet/1, zero/0]).

start() ->
    io:format("~p~n", [apply(fun(A, B) -> A * B end, [6, 7])]),
    io:format("~p~n", [apply(?MODULE, add, [1, 2])]),
    io:format("~p~n", [apply(lists, seq, [1, 4])]),
    io:format("~p~n", [erlang:apply(erlang, atom_to_list, [hello])]),
    io:format("~p~n", [apply(?MODULE, zero, [])]),
    Mod = id(?MODULE),
    Fun = list_to_atom("gr" ++ "eet"),
    io:format("~p~n", [apply(Mod, Fun, ["world"])]),
    io:format("~p~n", [Mod:add(10, 20)]),
    io:format("~p~n", [Mod:Fun("dynamic")]),
    Calls = [{lists, reverse, [[1, 2]]}, {erlang, tuple_size, [{a, b}]}, {?MODULE, add, [5, 5]},
             {string, to_upper, ["abc"]}, {erlang, max, [3, 8]}],
    io:format("~p~n", [[apply(M, F, A) || {M, F, A} <- Calls]]),
    io:format("~p~n", [apply(fun lists:append/2, [[1], [2]])]),
    Mod:add(1, 1).

add(A, B) -> A + B.
greet(Name) -> "hello " ++ Name.
zero() -> 0.

id(X) -> X.
