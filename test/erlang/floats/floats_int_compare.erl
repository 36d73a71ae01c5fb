-module(floats_int_compare).
-export([start/0]).

start() ->
    Pairs = [{1, 1.0}, {0, 0.0}, {2, 1.9999999999999998}, {9007199254740992, 9007199254740992.0},
             {9007199254740993, 9007199254740992.0}, {1 bsl 100, 1.2676506002282294e30}, {-3, -3.0}],
    lists:foreach(
      fun({I, F}) ->
              io:format("~p ~p: == ~p =:= ~p < ~p > ~p~n", [I, F, I == F, I =:= F, I < F, I > F])
      end, Pairs),
    Mixed = [3, 2.5, 1, 1.0, 0, -0.5, 2, 2.0, 1 bsl 70, 1.0e20],
    io:format("~p~n", [lists:sort(Mixed)]),
    io:format("~p~n", [lists:usort(Mixed)]),
    io:format("~p~n", [lists:sort(fun(A, B) -> A >= B end, Mixed)]),
    io:format("member 1.0: ~p, keyfind: ~p~n", [lists:member(1.0, [1]), lists:keyfind(2, 1, [{2.0, a}, {2, b}])]),
    lists:max([1, 1.0]).
