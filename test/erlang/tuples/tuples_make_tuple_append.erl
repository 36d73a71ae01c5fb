-module(tuples_make_tuple_append).
-export([start/0]).

start() ->
    io:format("~w~n", [erlang:make_tuple(4, x)]),
    io:format("~w~n", [erlang:make_tuple(0, x)]),
    io:format("~w~n", [erlang:make_tuple(5, 0, [{2, two}, {5, five}, {2, again}])]),
    T = id({1, 2}),
    io:format("~w~n", [erlang:append_element(T, 3)]),
    io:format("~w~n", [erlang:append_element({}, first)]),
    Built = lists:foldl(fun(X, Acc) -> erlang:append_element(Acc, X) end, {}, lists:seq(1, 10)),
    io:format("~w~n", [Built]),
    io:format("~w~n", [tuple_to_list(Built)]),
    io:format("~w~n", [list_to_tuple([a, [b], {c}])]),
    io:format("~w~n", [list_to_tuple([])]),
    io:format("~w~n", [tuple_to_list({})]),
    R = [try F() catch error:E -> E end || F <- [fun() -> erlang:make_tuple(id(-1), x) end,
                                                fun() -> list_to_tuple(id([a | b])) end,
                                                fun() -> tuple_to_list(id([a])) end]],
    io:format("~w~n", [R]),
    Built.

id(X) -> X.
