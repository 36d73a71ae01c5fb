-module(stdlib_io_format_atoms).
-export([start/0]).

start() ->
    As = [ok, 'OK', 'hello world', 'a-b', a_b, 'a@b', '1abc', 'é', 'ü2', '', 'and', 'try', 'maybe',
          '[]', '{}', 'x.y', 'x\ny', 'quote\'s', 'back\\slash', aB9_, 'Ünïcode', '_'],
    lists:foreach(fun(A) ->
        io:format("~w ~p ~s ~ts ~tw ~tp ~10w|~n", [A, A, A, A, A, A, A])
    end, As),
    lists:foreach(fun(F) -> io:format("~p~n", [catch_fmt(F, ['€uro'])]) end,
                  ["~w", "~p", "~s", "~ts", "~tw", "~tp", "~10w", "~-14w", "~14w"]),
    io:format("~p~n", [As]),
    io:format("~tp~n", [As]),
    length(As).

catch_fmt(F, A) ->
    try lists:flatten(io_lib:format(F, A)) catch C:R -> {C, R} end.
