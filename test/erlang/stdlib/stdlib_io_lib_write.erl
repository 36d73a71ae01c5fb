-module(stdlib_io_lib_write).
-export([start/0]).

start() ->
    T = id({atom, 'Quoted Atom', "str", <<"bin">>, [1, 2 | 3], 1.5, -7, #{k => v}}),
    io:format("~s~n", [io_lib:write(T)]),
    io:format("~s~n", [io_lib:write(T, 3)]),
    io:format("~s~n", [io_lib:print(T)]),
    io:format("~s~n", [io_lib:write_atom('needs quotes')]),
    io:format("~s ~s~n", [io_lib:write_atom(plain), io_lib:write_atom('end')]),
    io:format("~s~n", [io_lib:write_string("a \"quoted\"\n\ttext\\")]),
    io:format("~s~n", [io_lib:write_string("it's", $')]),
    io:format("~w~n", [io_lib:write_string([0, 7, 27, 127, 128, 255])]),
    io:format("~w~n", [[io_lib:write_char(C) || C <- [$a, $\s, $\n, $\\, 0, 127, 200]]]),
    io:format("~w~n", [io_lib:write_latin1_char(32)]),
    io:format("~w~n", [io_lib:write_string_as_latin1([97, 8364])]),
    io:format("~w~n", [[io_lib:quote_atom(A, atom_to_list(A)) || A <- [ok, 'Ok', 'a b', 'try', 'a@b', 'a.b', '']]]),
    io:format("~s~n", [io_lib:format("~5.2f|~-6s|~w", [3.14159, "ab", x])]),
    io:format("~s~n", [io_lib:nl()]),
    lists:flatten(io_lib:write([a, "b"])).

id(X) -> X.
