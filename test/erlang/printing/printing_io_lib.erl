-module(printing_io_lib).
-export([start/0]).

start() ->
    S1 = io_lib:format("~p + ~p = ~p", [1, 2, 3]),
    io:format("~s~n", [S1]),
    io:format("~p~n", [lists:flatten(S1)]),
    S2 = lists:flatten(io_lib:format("~w|~s|~5.2f|~-6w|~b", [{a, 1}, "str", 3.14159, x, 255])),
    io:format("~p~n", [S2]),
    io:format("~p~n", [length(S2)]),
    Long = lists:flatten(io_lib:format("~p", [lists:seq(1, 40)])),
    io:format("~p~n", [length(Long)]),
    io:format("~p~n", [lists:member($\n, Long)]),
    io:format("~s~n", [io_lib:format("nested ~s", [io_lib:format("~p", [inner])])]),
    Table = [io_lib:format("~-6s~6w~n", [Name, N]) || {Name, N} <- [{"one", 1}, {"two", 22}, {"three", 333}]],
    io:format("~s", [Table]),
    io:format("~p~n", [iolist_to_binary(io_lib:format("~w", [[1, 2]]))]),
    S2.
