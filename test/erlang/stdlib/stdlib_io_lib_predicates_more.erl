-module(stdlib_io_lib_predicates_more).
-export([start/0]).

start() ->
    Ins = [id(""), id("abc"), id("ab\nc"), id([255]), id([256]), id([8364]), id([0]), id([7]), id([27]),
           id([a]), id(["ab"]), id([["a"], "b"]), id(<<"b">>), id([-1]), id([1 | 2]), id(abc),
           id([31]), id([127]), id([128]), id([159]), id([160])],
    lists:foreach(fun(I) ->
        io:format("~w: ~w ~w ~w ~w ~w ~w ~w ~w~n", [I,
            io_lib:printable_list(I), io_lib:printable_latin1_list(I),
            io_lib:printable_unicode_list(I), io_lib:char_list(I),
            io_lib:latin1_char_list(I), io_lib:deep_char_list(I),
            io_lib:deep_latin1_char_list(I), io_lib:deep_unicode_char_list(I)])
    end, Ins),
    io:format("~p~n", [io:printable_range()]),
    length(Ins).

id(X) -> X.
