-module(stdlib_proplists_basic).
-export([start/0]).

start() ->
    P = id([{name, "widget"}, debug, {size, 10}, {color, red}, {size, 20}, {verbose, false}, {opts, a, b}, "junk", {1, one}]),
    io:format("~p ~p ~p~n", [proplists:get_value(size, P), proplists:get_value(missing, P), proplists:get_value(missing, P, dflt)]),
    io:format("~p ~p~n", [proplists:get_value(debug, P), proplists:get_value(opts, P, dflt)]),
    io:format("~p~n", [proplists:get_all_values(size, P)]),
    io:format("~p ~p ~p~n", [proplists:get_bool(debug, P), proplists:get_bool(verbose, P), proplists:get_bool(nope, P)]),
    io:format("~p ~p ~p~n", [proplists:lookup(color, P), proplists:lookup(debug, P), proplists:lookup(nope, P)]),
    io:format("~p~n", [proplists:lookup_all(size, P)]),
    io:format("~p ~p~n", [proplists:is_defined(opts, P), proplists:is_defined(junk, P)]),
    io:format("~p~n", [proplists:delete(size, P)]),
    io:format("~p~n", [proplists:append_values(l, [{l, [1, 2]}, {l, 3}, l, {m, 4}])]),
    io:format("~p~n", [proplists:compact([{a, true}, {b, 1}, c, {"s", true}])]),
    io:format("~p~n", [proplists:unfold([a, {b, 1}, "s", c])]),
    io:format("~p ~p ~p~n", [proplists:property(a, true), proplists:property(a, 1), proplists:property({b, true})]),
    io:format("~p~n", [proplists:get_value(1, P)]),
    io:format("~p~n", [lists:sort(maps:to_list(proplists:to_map(P)))]),
    io:format("~p~n", [lists:sort(proplists:from_map(#{x => 1, y => 2}))]),
    proplists:get_value(name, P).

id(X) -> X.
