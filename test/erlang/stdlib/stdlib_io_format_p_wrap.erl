-module(stdlib_io_format_p_wrap).
-export([start/0]).

start() ->
    Words = [lists:duplicate(N rem 9 + 1, $a + N rem 26) || N <- lists:seq(1, id(30))],
    io:format("~p~n", [Words]),
    io:format("prefix text: ~p~n", [Words]),
    io:format("~p~n", [list_to_tuple(Words)]),
    io:format("~p~n", [[{key, N, lists:seq(1, N)} || N <- lists:seq(1, id(9))]]),
    io:format("~p~n", [#{alpha => lists:seq(1, 30), beta => {nested, [a, b, c], "string value"},
                         gamma => <<"a fairly long binary that will not fit on the line">>}]),
    io:format("~p~n", [[a, b | c]]),
    io:format("~p~n", [[lists:seq(1, 25) | tail_atom_here_that_is_long]]),
    io:format("~p~n", [{[{[{[{deep, lists:seq(1, 20)}]}]}]}]),
    io:format("~p~n", [list_to_binary(lists:seq(32, 126))]),
    io:format("~p~n", [[float(N) / 3 || N <- lists:seq(1, id(12))]]),
    io:format("~p~n", [[<<N:16>> || N <- lists:seq(1, id(20))]]),
    io:format("~p~n", [{'a quoted atom that is long', 'another quoted one', 'third quoted atom here'}]),
    io:format("~p~n", [["nested", ["strings", ["in", ["lists", "that", "go", "on", "and", "on", "for", "a", "while"]]]]]),
    ok.

id(X) -> X.
