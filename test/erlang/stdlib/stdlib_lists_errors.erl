-module(stdlib_lists_errors).
-export([start/0]).

start() ->
    Cases = [
        fun() -> lists:nth(0, [a]) end,
        fun() -> lists:nth(3, [a]) end,
        fun() -> lists:nthtail(2, [a]) end,
        fun() -> lists:last([]) end,
        fun() -> lists:droplast([]) end,
        fun() -> lists:seq(5, 1) end,
        fun() -> lists:seq(1, 5, 0) end,
        fun() -> lists:seq(a, 5) end,
        fun() -> lists:seq(1, 5, a) end,
        fun() -> lists:sublist([1, 2], -1) end,
        fun() -> lists:split(3, [1, 2]) end,
        fun() -> lists:split(-1, [1, 2]) end,
        fun() -> lists:max([]) end,
        fun() -> lists:sum([1, a]) end,
        fun() -> lists:duplicate(-1, x) end,
        fun() -> lists:map(notafun, [1]) end,
        fun() -> lists:map(fun(X) -> X end, notalist) end,
        fun() -> lists:foldl(fun(X, A) -> X + A end, 0, [1 | 2]) end,
        fun() -> lists:filter(fun(X) -> X end, [1]) end,
        fun() -> lists:all(fun(X) -> X end, [maybe]) end,
        fun() -> lists:reverse([1 | 2]) end,
        fun() -> lists:reverse([1, 2, 3 | 4]) end,
        fun() -> lists:member(x, [a | b]) end,
        fun() -> lists:keyfind(a, 0, []) end,
        fun() -> lists:keyfind(a, 1, [b | c]) end,
        fun() -> lists:keysort(0, [{a}]) end,
        fun() -> lists:keysort(2, [{a, 1}, {b}]) end,
        fun() -> lists:sort([b, a | c]) end,
        fun() -> lists:sort(notafun, [2, 1]) end,
        fun() -> lists:usort(notafun, [2, 1]) end,
        fun() -> lists:zip([1, 2], [a]) end,
        fun() -> lists:flatten([a | b]) end,
        fun() -> lists:append([[1], a]) end,
        fun() -> lists:subtract([1], id(a)) end,
        fun() -> lists:mapfoldl(fun(X, A) -> X + A end, 0, [1]) end,
        fun() -> lists:merge([1], a) end,
        fun() -> lists:umerge([a | b], []) end,
        fun() -> lists:enumerate(a, [x]) end
    ],
    lists:foreach(fun(F) -> io:format("~w~n", [run(F)]) end, Cases),
    length(Cases).

run(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R -> {C, R}
    end.

id(X) -> X.
