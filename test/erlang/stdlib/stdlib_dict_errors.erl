-module(stdlib_dict_errors).
-export([start/0]).

start() ->
    D = dict:from_list(id([{a, 1}])),
    Cases = [
        fun() -> dict:fetch(b, D) end,
        fun() -> dict:find(a, id(x)) end,
        fun() -> dict:store(a, 1, id(x)) end,
        fun() -> dict:from_list(id(x)) end,
        fun() -> dict:from_list(id([a])) end,
        fun() -> dict:size(id(x)) end,
        fun() -> dict:to_list(id(x)) end,
        fun() -> dict:fold(fun(_, _, A) -> A end, 0, id(x)) end,
        fun() -> dict:map(fun(_, V) -> V end, id(x)) end,
        fun() -> dict:filter(fun(_, _) -> maybe end, D) end,
        fun() -> dict:update(b, fun(V) -> V end, D) end,
        fun() -> dict:update_counter(a, 1.5, D) end,
        fun() -> dict:append(a, x, D) end,
        fun() -> dict:erase(a, id(x)) end,
        fun() -> dict:is_key(a, id(x)) end,
        fun() -> dict:merge(fun(_, A, _) -> A end, D, id(x)) end,
        fun() -> dict:take(a, id(x)) end
    ],
    lists:foreach(fun(F) -> io:format("~w~n", [run(F)]) end, Cases),
    length(Cases).

run(F) ->
    try F() of V -> {ok, trim(V)} catch C:R -> {C, R} end.

trim(V) when is_tuple(V), element(1, V) =:= dict -> {dict, dict:to_list(V)};
trim(V) -> V.

id(X) -> X.
