-module(termorder_min_max_usort).
-export([start/0]).

start() ->
    Terms = [foo, 42, "text", {1, 2}, [], <<"b">>, 3.5, #{k => v}],
    io:format("~p ~p~n", [lists:min(Terms), lists:max(Terms)]),
    io:format("~p~n", [[{max(A, B), min(A, B)} || {A, B} <- [{1, a}, {"a", a}, {{}, []}, {1, 1.0}, {1.0, 1}]]]),
    io:format("~p~n", [lists:usort([1, 1.0, 2.0, 2, a, a, "a", "a"])]),
    io:format("~p~n", [lists:usort([{1, a}, {1.0, a}, {1, b}])]),
    io:format("~p~n", [lists:sort([{2, x}, {1.0, y}, {1, z}, {1, a}])]),
    io:format("~p~n", [lists:keysort(1, [{2, x}, {1.0, y}, {1, z}, {1, a}])]),
    io:format("~p~n", [lists:ukeysort(1, [{2, x}, {1.0, y}, {1, z}])]),
    io:format("~p~n", [lists:merge([1, 3.0, 5], [1.0, 3, 4])]),
    lists:usort(Terms).
