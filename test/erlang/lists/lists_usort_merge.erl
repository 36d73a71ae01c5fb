-module(lists_usort_merge).
-export([start/0]).

start() ->
    L = id([3, 1, 2, 3, 1, 1.0, 2, 5, 4, 5]),
    io:format("~w~n", [lists:usort(L)]),
    io:format("~w~n", [lists:usort(fun(A, B) -> A >= B end, L)]),
    io:format("~w~n", [lists:merge([1, 4, 7], [2, 3, 8, 9])]),
    io:format("~w~n", [lists:merge([[1, 5], [2, 6], [0, 3, 7]])]),
    io:format("~w~n", [lists:merge(fun(A, B) -> A >= B end, [9, 5, 1], [8, 4, 2])]),
    io:format("~w~n", [lists:umerge([1, 2, 3], [2, 3, 4])]),
    io:format("~w~n", [lists:merge3([1, 4], [2, 5], [3, 6])]),
    io:format("~w~n", [lists:ukeymerge(1, [{1, a}, {3, c}], [{1, x}, {2, y}])]),
    io:format("~w~n", [lists:uniq([b, a, b, c, a, d])]),
    io:format("~w~n", [lists:uniq(fun(X) -> X rem 3 end, [1, 2, 3, 4, 5, 6])]),
    lists:usort([c, b, a, b, c]).

id(X) -> X.
