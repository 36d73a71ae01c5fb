-module(stdlib_erlang_make_tuple).
-export([start/0]).

%% Tuple building BIFs used as small records/vectors.
id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    V = erlang:make_tuple(id(5), 0),
    V2 = lists:foldl(fun(I, T) -> setelement(I, T, element(I, T) + I * I) end, V, [1, 3, 5, 3]),
    io:format("~p~n", [V2]),
    Grown = lists:foldl(fun(X, T) -> erlang:append_element(T, X) end, {}, [a, b, c]),
    io:format("~p~n", [Grown]),
    Shrunk = erlang:delete_element(2, erlang:insert_element(2, Grown, x)),
    io:format("~p ~p~n", [Shrunk, Shrunk =:= Grown]),
    Big = erlang:make_tuple(1000, [], [{1, first}, {1000, last}, {500, mid}]),
    io:format("~p~n", [{tuple_size(Big), element(1, Big), element(500, Big), element(1000, Big), element(2, Big)}]),
    io:format("~p~n", [[t(fun() -> erlang:make_tuple(id(3), x, Init) end) || Init <- [[{1, a} | b], [a], [{a, 1}], [{1, a, b}], foo]]]),
    io:format("~p~n", [t(fun() -> erlang:insert_element(id(1), {}, x) end)]),
    io:format("~p~n", [t(fun() -> erlang:delete_element(id(1), {}) end)]),
    tuple_to_list(erlang:make_tuple(3, id(z))).
