-module(stdlib_orddict_errors).
-export([start/0]).

start() ->
    D = orddict:from_list(id([{a, 1}, {b, [x]}])),
    Cases = [
        fun() -> orddict:fetch(c, D) end,
        fun() -> orddict:update(c, fun(V) -> V end, D) end,
        fun() -> orddict:update_counter(a, x, D) end,
        fun() -> orddict:append(a, y, D) end,
        fun() -> orddict:append_list(a, [y], D) end,
        fun() -> orddict:append(b, y, D) end,
        fun() -> orddict:from_list(id(x)) end,
        fun() -> orddict:from_list(id([a])) end,
        fun() -> orddict:store(k, v, id(x)) end,
        fun() -> orddict:find(k, id(x)) end,
        fun() -> orddict:fold(fun(_, _, A) -> A end, 0, id(x)) end,
        fun() -> orddict:map(fun(_, V) -> V end, id(x)) end,
        fun() -> orddict:filter(fun(_, _) -> maybe end, D) end,
        fun() -> orddict:merge(fun(_, A, _) -> A end, D, id(x)) end,
        fun() -> orddict:size(id(x)) end,
        fun() -> orddict:is_key(a, id(x)) end,
        fun() -> orddict:erase(a, id(x)) end,
        fun() -> orddict:take(a, id(x)) end
    ],
    lists:foreach(fun(F) -> io:format("~w~n", [run(F)]) end, Cases),
    length(Cases).

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
