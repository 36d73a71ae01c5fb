-module(stdlib_sets_errors).
-export([start/0]).

start() ->
    Cases = [
        fun() -> sets:from_list(id(x)) end,
        fun() -> sets:from_list(id(x), [{version, 2}]) end,
        fun() -> sets:size(id(x)) end,
        fun() -> sets:to_list(id(x)) end,
        fun() -> sets:is_element(a, id(x)) end,
        fun() -> sets:add_element(a, id(x)) end,
        fun() -> sets:union(id(x), sets:new()) end,
        fun() -> sets:fold(fun(_, A) -> A end, 0, id(x)) end,
        fun() -> sets:filter(fun(_) -> true end, id(x)) end,
        fun() -> sets:filter(fun(_) -> maybe end, sets:from_list([1], [{version, 2}])) end,
        fun() -> sets:is_set(id(x)) end,
        fun() -> sets:new([{version, 3}]) end,
        fun() -> sets:new(id(x)) end,
        fun() -> sets:from_list([a], id(x)) end,
        fun() -> sets:new([version]) end,
        fun() -> sets:size(sets:from_list([a, b], [{version, 2}, {version, 1}])) end
    ],
    lists:foreach(fun(F) -> io:format("~w~n", [run(F)]) end, Cases),
    length(Cases).

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
