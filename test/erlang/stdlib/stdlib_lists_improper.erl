-module(stdlib_lists_improper).
-export([start/0]).

start() ->
    Imp = id([1, 2 | 3]),
    Cases = [
        fun() -> length(Imp) end,
        fun() -> lists:sum(Imp) end,
        fun() -> lists:map(fun(X) -> X end, Imp) end,
        fun() -> lists:foldl(fun(X, A) -> X + A end, 0, Imp) end,
        fun() -> lists:last(Imp) end,
        fun() -> lists:nth(2, Imp) end,
        fun() -> lists:nth(3, Imp) end,
        fun() -> lists:sublist(Imp, 2) end,
        fun() -> lists:sublist(Imp, 3) end,
        fun() -> lists:droplast(Imp) end,
        fun() -> lists:keyfind(x, 1, [{y} | z]) end,
        fun() -> lists:keymember(y, 1, [{y} | z]) end,
        fun() -> lists:member(2, Imp) end,
        fun() -> lists:member(9, Imp) end,
        fun() -> lists:append(Imp, [4]) end,
        fun() -> Imp ++ [4] end,
        fun() -> Imp -- [1] end,
        fun() -> [1, 2] -- Imp end,
        fun() -> lists:sort(Imp) end,
        fun() -> lists:usort(Imp) end,
        fun() -> lists:zip(Imp, [a, b]) end,
        fun() -> lists:takewhile(fun(X) -> X < 2 end, Imp) end,
        fun() -> lists:takewhile(fun(X) -> X < 5 end, Imp) end,
        fun() -> lists:dropwhile(fun(X) -> X < 2 end, Imp) end,
        fun() -> lists:search(fun(X) -> X =:= 2 end, Imp) end,
        fun() -> lists:any(fun(X) -> X =:= 2 end, Imp) end,
        fun() -> lists:all(fun(X) -> X < 2 end, Imp) end,
        fun() -> lists:prefix([1], Imp) end,
        fun() -> lists:flatten(Imp) end,
        fun() -> lists:delete(1, Imp) end,
        fun() -> lists:delete(9, Imp) end,
        fun() -> lists:nthtail(2, Imp) end,
        fun() -> lists:split(2, Imp) end,
        fun() -> lists:duplicate(2, Imp) end,
        fun() -> lists:reverse(Imp) end,
        fun() -> erlang:length(id([a | b])) end,
        fun() -> lists:enumerate(Imp) end,
        fun() -> lists:uniq(Imp) end,
        fun() -> lists:join(x, Imp) end
    ],
    lists:foreach(fun(F) -> io:format("~w~n", [run(F)]) end, Cases),
    length(Cases).

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
