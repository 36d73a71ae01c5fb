-module(binaries_compare).
-export([start/0]).

start() ->
    Bs = [<<"b">>, <<"a">>, <<>>, <<"ab">>, <<"abc">>, <<0>>, <<255>>, <<"B">>, <<1:1>>, <<0:1>>,
          <<"a", 0:1>>, <<"a", 1:2>>],
    Sorted = lists:sort([id(B) || B <- Bs]),
    io:format("~p~n", [Sorted]),
    Pairs = [{<<"abc">>, <<"abd">>}, {<<"abc">>, <<"ab">>}, {<<>>, <<0>>}, {<<1:1>>, <<1>>},
             {<<"x">>, <<"x">>}, {<<128>>, <<127, 255>>}],
    lists:foreach(
      fun({X, Y}) -> io:format("~p ~p: < ~p == ~p > ~p~n", [X, Y, X < Y, X == Y, X > Y]) end,
      [{id(X), id(Y)} || {X, Y} <- Pairs]),
    io:format("~p~n", [lists:usort([<<"z">>, <<"a">>, <<"z">>, <<"m">>])]),
    io:format("~p~n", [<<"a">> < "a"]),
    hd(Sorted).

id(X) -> X.
