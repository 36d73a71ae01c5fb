-module(stdlib_gb_trees_errors).
-export([start/0]).

start() ->
    T = gb_trees:from_orddict(id([{a, 1}, {b, 2}])),
    E = gb_trees:empty(),
    Cases = [
        fun() -> gb_trees:get(z, T) end,
        fun() -> gb_trees:update(z, 1, T) end,
        fun() -> gb_trees:delete(z, T) end,
        fun() -> gb_trees:take(z, T) end,
        fun() -> gb_trees:insert(a, 9, T) end,
        fun() -> gb_trees:smallest(E) end,
        fun() -> gb_trees:largest(E) end,
        fun() -> gb_trees:take_smallest(E) end,
        fun() -> gb_trees:take_largest(E) end,
        fun() -> gb_trees:lookup(a, id(x)) end,
        fun() -> gb_trees:size(id(x)) end,
        fun() -> gb_trees:to_list(id(x)) end,
        fun() -> gb_trees:map(fun(_, V) -> V end, id(x)) end,
        fun() -> gb_trees:next(id(x)) end,
        fun() -> gb_trees:from_orddict(id(x)) end
    ],
    lists:foreach(fun(F) -> io:format("~w~n", [run(F)]) end, Cases),
    length(Cases).

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
