-module(stdlib_io_lib_write_more).
-export([start/0]).

start() ->
    T = id({a, [1, 2, 3], "str", <<"bin">>, 1.5, #{k => v}, 'Q a'}),
    p(io_lib:write(T)),
    p(io_lib:write(T, 3)),
    p(io_lib:write(T, [{depth, 4}])),
    p(io_lib:write(T, -1)),
    p(io_lib:print(T)),
    p(io_lib:print(T, 1, 80, 3)),
    p(io_lib:write_atom(id('hello world'))),
    p(io_lib:write_atom(id(ok))),
    p(io_lib:write_atom(id('Cap'))),
    p(io_lib:write_atom(id('[]'))),
    p(io_lib:write_atom(id('{}'))),
    p(io_lib:write_atom(id('a@b'))),
    p(io_lib:write_atom(id('a.b'))),
    p(io_lib:write_atom(id(''))),
    p(io_lib:write_atom(id('else'))),
    p(io_lib:write_atom(id('ünï'))),
    io:format("~p~n", [[io_lib:quote_atom(A, atom_to_list(A)) || A <- [ok, 'Ok', 'a b', 'case', '_x', 'x_1']]]),
    p(io_lib:write_string(id("he said \"hi\"\n"))),
    p(io_lib:write_string(id("it's"), $')),
    p(io_lib:write_char(id($a))),
    p(io_lib:write_char(id($\n))),
    p(io_lib:write_char(id($\s))),
    p(io_lib:write_char(id(0))),
    p(io_lib:write_latin1_string(id("naïve"))),
    p(io_lib:write_string_as_latin1(id("naïve €"))),
    p(io_lib:write_unicode_string(id("€"))),
    p(io_lib:write_latin1_char(id(233))),
    p(io_lib:write_char_as_latin1(id(8364))),
    p(io_lib:write_unicode_char(id(8364))),
    p(io_lib:nl()),
    io:format("~p~n", [io_lib:chars_length(id("abc"))]),
    io:format("~p~n", [io_lib:chars_length(id(["ab", "c", [$d]]))]),
    ok.

p(X) -> io:format("~p~n", [lists:flatten(X)]).

id(X) -> X.
