-module(stdlib_maps_errors).
-export([start/0]).

start() ->
    F2 = fun(_, V) -> V end,
    F3 = fun(K, V, A) -> [{K, V} | A] end,
    Cases = [
        fun() -> maps:fold(F3, [], id(notamap)) end,
        fun() -> maps:fold(id(notafun), [], #{}) end,
        fun() -> maps:map(F2, id([1])) end,
        fun() -> maps:map(id(bad), #{a => 1}) end,
        fun() -> maps:filter(fun(_, _) -> maybe end, #{a => 1}) end,
        fun() -> maps:filtermap(fun(_, _) -> maybe end, #{a => 1}) end,
        fun() -> maps:foreach(F2, id(x)) end,
        fun() -> maps:update_with(k, fun(V) -> V end, #{}) end,
        fun() -> maps:update_with(k, fun(V) -> V end, id(x)) end,
        fun() -> maps:update_with(k, id(x), #{k => 1}) end,
        fun() -> maps:merge_with(F3, #{}, id(y)) end,
        fun() -> maps:merge_with(id(z), #{}, #{}) end,
        fun() -> maps:intersect(id(a), #{}) end,
        fun() -> maps:iterator(id(a)) end,
        fun() -> maps:next(id(a)) end,
        fun() -> maps:next(none) end,
        fun() -> maps:groups_from_list(fun(X) -> X end, id([1 | 2])) end,
        fun() -> maps:groups_from_list(id(x), [1]) end
    ],
    lists:foreach(fun(F) -> io:format("~p~n", [run(F)]) end, Cases),
    length(Cases).

run(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R -> {C, R}
    end.

id(X) -> X.
