-module(arith_bignum_compare).
-export([start/0]).

start() ->
    Big = 1 bsl 100,
    Vals = [Big, -Big, Big + 1, Big - 1, -Big - 1, 0, 1 bsl 64, -(1 bsl 64),
            1 bsl 200, 7, 3.0e30, -1.0e40],
    io:format("~w~n", [lists:sort(Vals)]),
    io:format("~w~n", [lists:reverse(lists:usort(Vals))]),
    io:format("~w ~w ~w~n", [Big == Big + 0, Big =:= (Big * 2) div 2, Big < Big + 1]),
    io:format("~w ~w~n", [Big == 1267650600228229401496703205376.0,
                          Big =:= 1267650600228229401496703205376.0]),
    io:format("~w ~w~n", [1 bsl 64 > 1.0e19, 1 bsl 64 < 1.9e19]),
    io:format("max=~w min=~w~n", [lists:max(Vals), lists:min(Vals)]),
    lists:max(Vals).
