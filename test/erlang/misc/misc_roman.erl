-module(misc_roman).
-export([start/0]).

start() ->
    Ns = [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999],
    lists:foreach(fun(N) -> R = to_roman(N), io:format("~w = ~s = ~w~n", [N, R, from_roman(R)]) end, Ns),
    All = lists:all(fun(N) -> from_roman(to_roman(N)) =:= N end, lists:seq(1, 3999)),
    io:format("round trip 1..3999: ~p~n", [All]),
    to_roman(1987).

-define(TABLE, [{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
                {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}]).

to_roman(N) -> to_roman(N, ?TABLE).
to_roman(0, _) -> "";
to_roman(N, [{V, S} | _] = T) when N >= V -> S ++ to_roman(N - V, T);
to_roman(N, [_ | T]) -> to_roman(N, T).

from_roman(S) -> from_roman(S, ?TABLE, 0).
from_roman("", _, Acc) -> Acc;
from_roman(S, [{V, R} | T] = Tab, Acc) ->
    case lists:prefix(R, S) of
        true -> from_roman(lists:nthtail(length(R), S), Tab, Acc + V);
        false -> from_roman(S, T, Acc)
    end.
