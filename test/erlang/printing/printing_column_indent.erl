-module(printing_column_indent).
-export([start/0]).

%% ~p indents continuation lines relative to where the term starts.
start() ->
    T = [{alpha, "first value"}, {beta, "second value"}, {gamma, "third value"}, {delta, "fourth"}],
    io:format("~p~n", [T]),
    io:format("Result: ~p~n", [T]),
    io:format("A much longer prefix before the term: ~p~n", [T]),
    io:format("~s~p~n", [lists:duplicate(30, $.), T]),
    io:format("~p ~p~n", [short, T]),
    io:format("line one~nsecond line prefix ~p~n", [T]),
    io:format("~40p~n", [T]),
    io:format("~.10p~n", [T]),
    io:format("~60.5p~n", [T]),
    io:format("[~20p]~n", [{a, b, c, d, e, f, g, h, i, j, k, l}]),
    io:format("x ~p y ~p~n", [[1, 2, 3], {a, T}]),
    ok.
