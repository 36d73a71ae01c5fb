-module(stdlib_io_lib_print_more).
-export([start/0]).

start() ->
    T = id({config, [{name, "server"}, {port, 8080}, {hosts, ["a.example", "b.example", "c.example"]},
                     {opts, #{timeout => 5000, retries => 3}}]}),
    io:format("~s~n", [io_lib:print(T)]),
    io:format("~s~n", [io_lib:print(T, 1, 80, -1)]),
    io:format("~s~n", [io_lib:print(T, 1, 80, 4)]),
    io:format("~s~n", [io_lib:write(T)]),
    io:format("~s~n", [io_lib:write(T, 3)]),
    io:format("~s~n", [io_lib:format("~p", [T])]),
    io:format("~s~n", [io_lib:format("~P", [T, 6])]),
    io:format("~s~n", [io_lib:format("~W", [T, 6])]),
    io:format("~s~n", [io_lib:fwrite("~w-~w", [a, b])]),
    io:format("~s~n", [io_lib:format("~p", [lists:seq(1, 30)], [])]),
    io:format("~p~n", [lists:flatten(io_lib:write_string("tab\there"))]),
    io:format("~p~n", [lists:flatten(io_lib:write_char($'))]),
    io:format("~p~n", [lists:flatten(io_lib:write_atom('it\'s'))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~w", [<<1:1, 0:2>>]))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~p", [<<"abc", 1:1>>]))]),
    lists:flatten(io_lib:print({a, "b"})).

id(X) -> X.
