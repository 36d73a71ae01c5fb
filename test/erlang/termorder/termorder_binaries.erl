-module(termorder_binaries).
-export([start/0]).

start() ->
    Bins = [<<"b">>, <<"a">>, <<>>, <<"ab">>, <<0>>, <<255>>, <<1:1>>, <<0:1>>, <<"a", 1:1>>, <<"a", 0:1>>,
            <<0, 0>>, <<1:7>>, <<2:2>>, <<"abc">>],
    io:format("~p~n", [lists:sort([id(B) || B <- Bins])]),
    Pairs = [{<<1:1>>, <<0>>}, {<<1:1>>, <<128>>}, {<<128>>, <<1:1>>}, {<<"a">>, <<"a", 0:1>>},
             {<<255:8, 1:1>>, <<255>>}, {<<>>, <<0:1>>}],
    io:format("~p~n", [[{A < B, A == B} || {A, B} <- [{id(A), id(B)} || {A, B} <- Pairs]]]),
    io:format("~p~n", [lists:usort([<<"x">>, <<"x">>, <<"x":8>>, <<120>>])]),
    hd(lists:sort(Bins)).

id(X) -> X.
