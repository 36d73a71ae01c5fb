-module(stdlib_proplists_normalize).
-export([start/0]).

start() ->
    io:format("~p~n", [proplists:expand([{foo, [bar, baz]}], [fie, foo, fum])]),
    io:format("~p~n", [proplists:expand([{{foo, true}, [bar, baz]}], [fie, foo, fum])]),
    io:format("~p~n", [proplists:expand([{{foo, false}, [bar, baz]}], [fie, {foo, false}, fum])]),
    io:format("~p~n", [proplists:expand([{{foo, true}, [bar, baz]}], [{foo, false}, fie, foo, fum])]),
    io:format("~p~n", [proplists:expand([{c, d}, {d, [e]}], [c, x])]),
    io:format("~p~n", [proplists:substitute_aliases([{color, colour}], [color, {color, red}, {size, 1}])]),
    io:format("~p~n", [proplists:substitute_negations([{no_foo, foo}], [no_foo, {no_foo, false}, {no_foo, 3}, bar])]),
    io:format("~p~n", [proplists:normalize([a, {b, true}, {c, false}, d],
                                           [{aliases, [{a, aa}]}, {negations, [{c, cc}, {d, dd}]}, {expand, [{aa, [x, y]}]}])]),
    io:format("~p~n", [proplists:split([{c, 2}, {e, 1}, a, {c, 3, 4}, d, {b, 5}, b], [a, b, c])]),
    io:format("~p~n", [lists:sort(maps:to_list(proplists:to_map([a, {b, 2}, {a, 3}], [{aliases, [{a, x}]}])))]),
    M = proplists:to_map([{k, 1}, {k, 2}, {t, 1, 2}, {t, 3}, flag]),
    io:format("~p~n", [lists:sort(maps:to_list(M))]),
    proplists:normalize([], []).
