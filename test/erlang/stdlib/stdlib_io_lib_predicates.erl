-module(stdlib_io_lib_predicates).
-export([start/0]).

start() ->
    Ls = [id("plain"), "tab\there\n", [1, 2, 3], [200, 250], [8364], [], [a], "x" ++ [300], [$a | b]],
    lists:foreach(fun(L) ->
                          io:format("~w ~w ~w ~w ~w~n",
                                    [io_lib:printable_list(L), io_lib:printable_latin1_list(L),
                                     io_lib:printable_unicode_list(L), io_lib:char_list(L),
                                     io_lib:latin1_char_list(L)])
                  end, Ls),
    io:format("~w ~w~n", [io_lib:deep_char_list(["ab", [$c, "d"]]), io_lib:deep_char_list(["ab", x])]),
    io:format("~w ~w~n", [io_lib:deep_latin1_char_list([[300]]), io_lib:deep_unicode_char_list([[300]])]),
    io:format("~w ~w ~w~n", [io_lib:indentation("abc", 0), io_lib:indentation("ab\tc", 0), io_lib:indentation("ab\ncd", 5)]),
    io:format("~w ~w~n", [io_lib:chars_length("hello"), io_lib:chars_length(["ab", <<"cd">>])]),
    io:format("~w~n", [io:printable_range()]),
    io:write({written, [1, 2]}),
    io:nl(),
    ok.

id(X) -> X.
