-module(stdlib_io_lib_format_unicode).
-export([start/0]).

start() ->
    R1 = io_lib:format("~ts|~s", [id("€ä"), id("ä")]),
    io:format("~w~n", [lists:flatten(R1)]),
    R2 = io_lib:format("~tp ~p", [id("€"), id("€")]),
    io:format("~w~n", [lists:flatten(R2)]),
    R3 = io_lib:format("~ts", [id(<<"€"/utf8>>)]),
    io:format("~w~n", [lists:flatten(R3)]),
    R4 = io_lib:format("~s", [id(<<"€"/utf8>>)]),
    io:format("~w~n", [lists:flatten(R4)]),
    R5 = io_lib:format("~tc~c", [id(955), id(255)]),
    io:format("~w~n", [lists:flatten(R5)]),
    R6 = io_lib:format("~ts", [id(<<255, 254>>)]),
    io:format("~w~n", [lists:flatten(R6)]),
    R7 = io_lib:format("~tw", [id(<<"é"/utf8>>)]),
    io:format("~w~n", [lists:flatten(R7)]),
    R8 = io_lib:format("~tp", [id(<<"é"/utf8>>)]),
    io:format("~w~n", [lists:flatten(R8)]),
    R9 = io_lib:format("~tp", [id([955, 956])]),
    io:format("~w~n", [lists:flatten(R9)]),
    R10 = io_lib:format("~5ts|~-5ts|", [id("λμ"), id(<<"λ"/utf8>>)]),
    io:format("~w~n", [lists:flatten(R10)]),
    io:format("~p~n", [io_lib:chars_length(lists:flatten(R10))]),
    io:format("~ts~n", [R10]),
    lists:flatten(io_lib:format("~ts", [id("ok")])).

id(X) -> X.
