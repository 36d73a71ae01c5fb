-module(exceptions_throw_nonlocal).
-export([start/0]).

%% throw used for an early exit out of deep recursion.
start() ->
    Tree = {node, 1, [{node, 2, [{node, 4, []}, {node, 5, []}]}, {node, 3, [{node, 6, [{node, 7, []}]}]}]},
    io:format("~p~n", [find(6, Tree)]),
    io:format("~p~n", [find(9, Tree)]),
    io:format("~p~n", [first_negative([3, 5, 8, -2, 7, -9])]),
    io:format("~p~n", [first_negative([1, 2, 3])]),
    io:format("~p~n", [validate([{age, 30}, {name, "x"}, {age, -1}, {age, 200}])]),
    io:format("~p~n", [validate([{age, 1}])]),
    find(7, Tree).

find(V, Tree) ->
    try walk(V, Tree, []) of
        _ -> not_found
    catch
        throw:{found, Path} -> {found, lists:reverse(Path)}
    end.

walk(V, {node, V, _}, Path) -> throw({found, [V | Path]});
walk(V, {node, N, Kids}, Path) -> [walk(V, K, [N | Path]) || K <- Kids].

first_negative(L) ->
    catch lists:foreach(fun(X) when X < 0 -> throw({negative, X}); (_) -> ok end, L).

validate(Fields) ->
    try
        lists:foreach(fun({age, A}) when A < 0; A > 150 -> throw({invalid, age, A});
                         (_) -> ok
                      end, Fields),
        valid
    catch
        throw:{invalid, F, V} -> {invalid, F, V}
    end.
