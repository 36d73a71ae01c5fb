-module(stdlib_proplists_errors).
-export([start/0]).

start() ->
    Cases = [
        fun() -> proplists:get_value(a, id(x)) end,
        fun() -> proplists:get_value(a, id([{a, 1} | x])) end,
        fun() -> proplists:get_all_values(a, id(x)) end,
        fun() -> proplists:lookup(a, id(x)) end,
        fun() -> proplists:get_bool(a, id(x)) end,
        fun() -> proplists:delete(a, id(x)) end,
        fun() -> proplists:to_map(id(x)) end,
        fun() -> proplists:from_map(id(x)) end,
        fun() -> proplists:get_keys(id(x)) end,
        fun() -> proplists:is_defined(a, id(x)) end,
        fun() -> proplists:append_values(a, id([{a, x}])) end,
        fun() -> proplists:get_value(a, id([1, 2, {a, ok}])) end,
        fun() -> proplists:get_bool(a, id([{a, 1}])) end
    ],
    lists:foreach(fun(F) -> io:format("~w~n", [run(F)]) end, Cases),
    length(Cases).

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
