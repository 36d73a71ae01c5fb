-module(lists_proplists).
-export([start/0]).

start() ->
    P = id([{name, "widget"}, {size, 10}, debug, {color, red}, {size, 20}, {verbose, false}]),
    io:format("~p~n", [proplists:get_value(size, P)]),
    io:format("~p~n", [proplists:get_value(weight, P)]),
    io:format("~p~n", [proplists:get_value(weight, P, 0)]),
    io:format("~p~n", [proplists:get_all_values(size, P)]),
    io:format("~p ~p ~p~n", [proplists:get_bool(debug, P), proplists:get_bool(verbose, P), proplists:get_bool(x, P)]),
    io:format("~p~n", [proplists:lookup(color, P)]),
    io:format("~p~n", [proplists:lookup(debug, P)]),
    io:format("~p~n", [proplists:is_defined(name, P)]),
    io:format("~p~n", [proplists:delete(size, P)]),
    io:format("~p~n", [proplists:get_keys(P)]),
    io:format("~p~n", [proplists:unfold([a, {b, 1}])]),
    io:format("~p~n", [proplists:compact([{a, true}, {b, 1}])]),
    proplists:get_value(name, P).

id(X) -> X.
