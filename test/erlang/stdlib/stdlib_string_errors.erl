-module(stdlib_string_errors).
-export([start/0]).

start() ->
    Cases = [
        fun() -> string:length(id(atom)) end,
        fun() -> string:length(id([a])) end,
        fun() -> string:trim(id(123)) end,
        fun() -> string:trim("x", id(middle)) end,
        fun() -> string:pad("a", id(a)) end,
        fun() -> string:pad("a", 3, id(sideways)) end,
        fun() -> string:slice("abc", id(-1)) end,
        fun() -> string:slice("abc", 0, id(-2)) end,
        fun() -> string:uppercase(id(1.5)) end,
        fun() -> string:lowercase(id(a)) end,
        fun() -> string:casefold(id(<<255>>)) end,
        fun() -> string:uppercase(id(<<255>>)) end,
        fun() -> string:titlecase(id(1.5)) end,
        fun() -> string:uppercase(id([a])) end,
        fun() -> string:uppercase(id(["ab", 1.5])) end,
        fun() -> string:length(id(<<255>>)) end,
        fun() -> string:trim(id(<<255, 32>>)) end,
        fun() -> string:to_integer(id(<<255>>)) end,
        fun() -> string:find("abc", "b", id(middle)) end,
        fun() -> string:lexemes(id(x), " ") end,
        fun() -> string:reverse(id(x)) end,
        fun() -> string:next_grapheme(id(x)) end,
        fun() -> string:next_codepoint(id(x)) end,
        fun() -> string:take("abc", "a", id(maybe)) end,
        fun() -> string:equal("a", "a", id(maybe)) end,
        fun() -> string:to_upper(id(x)) end,
        fun() -> string:strip("a", both, id("ab")) end,
        fun() -> string:centre("a", id(-1)) end,
        fun() -> string:words(id(x)) end,
        fun() -> string:join(id(x), ",") end,
        fun() -> string:chars($a, id(-1)) end,
        fun() -> string:str(id(x), "a") end
    ],
    lists:foreach(fun(F) -> io:format("~w~n", [run(F)]) end, Cases),
    length(Cases).

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
