-module(stdlib_proplists_normalize_more).
-export([start/0]).

start() ->
    Opts = id([verbose, {debug, 2}, nowarn, {output, "a.out"}, {verbose, false}, {'D', "X"}, compact]),
    Stages = [{aliases, [{verbose, v}, {output, o}]},
              {negations, [{nowarn, warn}]},
              {expand, [{compact, [{indent, 0}, {trailing, false}]}]}],
    N = proplists:normalize(Opts, Stages),
    io:format("~p~n", [N]),
    io:format("~p~n", [proplists:get_value(v, N)]),
    io:format("~p~n", [proplists:get_bool(warn, N)]),
    io:format("~p~n", [proplists:get_all_values(v, N)]),
    io:format("~p~n", [proplists:normalize(Opts, [{negations, [{nowarn, warn}]}, {aliases, [{warn, w}]}])]),
    io:format("~p~n", [proplists:normalize(id([{a, true}, a, b, {b, true}]), [])]),
    io:format("~p~n", [proplists:normalize(id([x, y]), [{expand, [{x, [y]}]}])]),
    io:format("~p~n", [proplists:expand([{x, [y, z]}, {y, [w]}], id([x]))]),
    io:format("~p~n", [proplists:get_keys(N)]),
    io:format("~p~n", [proplists:to_map(N)]),
    proplists:compact(N).

id(X) -> X.
