-module(lists_reverse_append).
-export([start/0]).

start() ->
    A = id([1, 2, 3]), B = id([a, b]), E = id([]),
    io:format("~w ~w ~w~n", [lists:reverse(A), lists:reverse(E), lists:reverse(A, B)]),
    io:format("~w ~w ~w~n", [lists:append(A, B), lists:append([A, B, E, [x]]), A ++ B ++ A]),
    io:format("~w ~w~n", [E ++ E, A ++ E]),
    io:format("~w~n", [A ++ improper]),
    io:format("~w~n", [lists:reverse("olleh")]),
    io:format("~p~n", [lists:reverse(lists:seq(1, 30))]),
    io:format("~w~n", [lists:concat([abc, 12, "de", 3.5])]),
    R = try id(not_a_list) ++ [1] catch error:Reason -> Reason end,
    io:format("~w~n", [R]),
    lists:reverse(A, E).

id(X) -> X.
