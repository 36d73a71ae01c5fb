-module(stdlib_io_format_tp).
-export([start/0]).

start() ->
    U = id([104, 233, 8364, 955]),
    io:format("~p~n", [U]),
    io:format("~tp~n", [U]),
    io:format("~lp~n", [id("abc")]),
    io:format("~p~n", [id("abc")]),
    io:format("~ltp~n", [id("abc")]),
    io:format("~tp~n", [id(<<"é€"/utf8>>)]),
    io:format("~p~n", [id(<<"é€"/utf8>>)]),
    io:format("~tw~n", [id('ätom')]),
    io:format("~w~n", [id('ätom')]),
    io:format("~tp~n", [id({"ö", ['€'], <<"x">>})]),
    io:format("~ts~n", [id(["€", <<"€"/utf8>>])]),
    io:format("~tc~n", [id(8364)]),
    io:format("~c~n", [id(233)]),
    io:format("~p~n", [id("\t\n\e\"\\ok")]),
    io:format("~p~n", [id([7, 8, 11, 12, 13, 127])]),
    io:format("~p~n", [id('\n')]),
    io:format("~p~n", [id(<<"\r\n">>)]),
    ok.

id(X) -> X.
