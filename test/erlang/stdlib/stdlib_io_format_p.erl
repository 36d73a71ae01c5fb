-module(stdlib_io_format_p).
-export([start/0]).

start() ->
    T = id({person, "Alice", 30, [{email, <<"a@example.com">>}, {tags, [admin, user, guest]}],
            #{k => v, n => [1, 2, 3]}, 3.5, 'quoted atom'}),
    io:format("~p~n", [T]),
    io:format("~w~n", [T]),
    io:format("~40p~n", [T]),
    io:format("~10p~n", [[a, b, c]]),
    io:format("~P~n", [T, 5]),
    io:format("~W~n", [T, 5]),
    io:format("~P~n", [lists:seq(1, 20), 6]),
    io:format("~W~n", [lists:seq(1, 20), 6]),
    io:format("~P~n", [<<"a binary of some length">>, 3]),
    io:format("~P~n", [{a, {b, {c, {d, {e}}}}}, 3]),
    io:format("~p~n", [lists:seq(1, 40)]),
    io:format("~p~n", [[lists:seq(1, 12) || _ <- lists:seq(1, 4)]]),
    io:format("x ~p~n", [{a_long_atom_name, another_long_atom_name, yet_another_long_atom}]),
    io:format("~p~n", [["abc", "def", [1, 2], "ghi\n"]]),
    io:format("~p~n", [<<1, 2, 3, 200>>]),
    io:format("~p~n", [<<"text", 0>>]),
    io:format("~p~n", [<<1:3>>]),
    io:format("~p ~p~n", [[], {}]),
    io:format("~30p|~n", [short]),
    ok.

id(X) -> X.
