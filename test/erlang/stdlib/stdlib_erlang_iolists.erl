-module(stdlib_erlang_iolists).
-export([start/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    IOs = [[], <<>>, [[]], [$a, [$b, [$c]]], [<<"x">> | <<"y">>], [[<<1>>, 2] | <<3>>],
           lists:duplicate(3, [<<"ab">>, $c]), [255, 0, <<>>, [[[[[1]]]]]]],
    [io:format("~p ~p ~p~n", [iolist_size(IO), iolist_to_binary(IO), erlang:iolist_to_iovec(IO)]) || IO <- IOs],
    Bad = [[a], [1 | a], [<<1:1>>], [-1], {1}, 1, [[256]], [1.0]],
    [io:format("~p~n", [{t(fun() -> iolist_size(id(B)) end), t(fun() -> iolist_to_binary(id(B)) end)}]) || B <- Bad],
    io:format("~p~n", [list_to_binary(id([<<"a">>, [$b | <<"c">>]]))]),
    io:format("~p~n", [t(fun() -> list_to_binary(id(<<"a">>)) end)]),
    io:format("~p~n", [iolist_to_binary(id(<<"direct">>))]),
    iolist_size(lists:duplicate(1000, <<"12345">>)).
