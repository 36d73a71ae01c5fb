-module(strings_conversions).
-export([start/0]).

start() ->
    io:format("~p~n", [atom_to_list(hello_world)]),
    io:format("~p~n", [list_to_atom("built_" ++ integer_to_list(42))]),
    io:format("~p~n", [integer_to_list(-12345)]),
    io:format("~p~n", [float_to_list(1.5, [{decimals, 3}])]),
    io:format("~p~n", [list_to_integer("00123") + 1]),
    io:format("~p~n", [list_to_float("2.5e2")]),
    io:format("~p~n", [binary_to_list(<<"bin">>) ++ atom_to_list(atom)]),
    io:format("~p~n", [list_to_binary(["a", "b" | <<"c">>])]),
    io:format("~p~n", [tuple_to_list({1, "two", three})]),
    io:format("~p~n", [lists:concat(["val=", 10, " ", true, " ", 2.5])]),
    io:format("~p~n", [erlang:integer_to_list(255, 16) ++ "h"]),
    io:format("~p~n", [[atom_to_list(A) || A <- ['Quoted Atom', 'x y', ok]]]),
    io:format("~p~n", [list_to_atom("Quoted Atom") =:= 'Quoted Atom']),
    io:format("~p~n", [io_lib:write_atom('needs quotes')]),
    io:format("~p~n", [lists:flatten(io_lib:write({a, "b", [1, 2]}))]),
    list_to_atom("end").
