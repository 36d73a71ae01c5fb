-module(stdlib_maps_bif_errors).
-export([start/0]).

start() ->
    Cases = [
        fun() -> maps:get(a, id(#{})) end,
        fun() -> maps:get(a, id(x)) end,
        fun() -> maps:get(a, id(x), d) end,
        fun() -> maps:find(a, id([])) end,
        fun() -> maps:is_key(a, id(1)) end,
        fun() -> maps:put(a, 1, id(x)) end,
        fun() -> maps:update(a, 1, id(#{})) end,
        fun() -> maps:update(a, 1, id(x)) end,
        fun() -> maps:remove(a, id(x)) end,
        fun() -> maps:keys(id(x)) end,
        fun() -> maps:values(id(x)) end,
        fun() -> maps:to_list(id(x)) end,
        fun() -> maps:from_list(id(x)) end,
        fun() -> maps:from_list(id([a])) end,
        fun() -> maps:from_list(id([{a, 1, 2}])) end,
        fun() -> maps:merge(id(x), #{}) end,
        fun() -> maps:merge(#{}, id(y)) end,
        fun() -> maps:size(id(x)) end,
        fun() -> maps:take(a, id(x)) end,
        fun() -> maps:with([a], id(x)) end,
        fun() -> maps:with(id(x), #{}) end,
        fun() -> maps:without([a], id(x)) end,
        fun() -> maps:without(id(x), #{}) end,
        fun() -> maps:from_keys(id(x), 1) end,
        fun() -> maps:from_keys(id([a | b]), 1) end,
        fun() -> maps:intersect_with(fun(_, A, _) -> A end, id(x), #{}) end,
        fun() -> (id(x))#{a => 1} end,
        fun() -> (id(#{}))#{a := 1} end,
        fun() -> map_size(id(x)) end
    ],
    lists:foreach(fun(F) -> io:format("~w~n", [run(F)]) end, Cases),
    length(Cases).

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
