-module(stdlib_ordsets_errors).
-export([start/0]).

start() ->
    Cases = [
        fun() -> ordsets:from_list(id(x)) end,
        fun() -> ordsets:union(id(x), [1]) end,
        fun() -> ordsets:union([1], id(x)) end,
        fun() -> ordsets:union(id([[1], x])) end,
        fun() -> ordsets:intersection(id(x), [1]) end,
        fun() -> ordsets:subtract(id(x), [1]) end,
        fun() -> ordsets:add_element(1, id(x)) end,
        fun() -> ordsets:del_element(1, id(x)) end,
        fun() -> ordsets:is_element(1, id(x)) end,
        fun() -> ordsets:is_subset(id(x), [1]) end,
        fun() -> ordsets:is_disjoint(id(x), [1]) end,
        fun() -> ordsets:fold(fun(_, A) -> A end, 0, id(x)) end,
        fun() -> ordsets:filter(fun(_) -> maybe end, [1]) end,
        fun() -> ordsets:size(id(x)) end,
        fun() -> ordsets:is_empty(id(x)) end,
        fun() -> ordsets:union(id([2, 1]), [3]) end,
        fun() -> ordsets:is_element(2, id([3, 2])) end
    ],
    lists:foreach(fun(F) -> io:format("~w~n", [run(F)]) end, Cases),
    length(Cases).

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
