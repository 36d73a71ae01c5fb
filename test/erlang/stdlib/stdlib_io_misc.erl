-module(stdlib_io_misc).
-export([start/0]).

start() ->
    ok = io:put_chars("put_chars list\n"),
    ok = io:put_chars(<<"put_chars binary\n">>),
    ok = io:put_chars(["deep ", [<<"io">>, "data"], $\n]),
    ok = io:put_chars(standard_io, "with device\n"),
    ok = io:nl(),
    ok = io:nl(standard_io),
    ok = io:fwrite("fwrite ~w~n", [1]),
    ok = io:fwrite("fwrite no args~n"),
    ok = io:fwrite(standard_io, "fwrite dev ~s~n", ["x"]),
    ok = io:format(standard_io, "format dev ~p~n", [{a}]),
    ok = io:format("format/1 only~n"),
    ok = io:write({written, "term"}),
    io:nl(),
    ok = io:write(standard_io, [1, 2]),
    io:nl(),
    io:format("~ts~n", [io_lib:format("nested ~w ~s", [1, "two"])]),
    io:format("~s", [[io_lib:format("~w,", [N]) || N <- lists:seq(1, 5)]]),
    io:nl(),
    R = (catch io:put_chars(id(notchars))),
    io:format("~p~n", [element(1, R)]),
    lists:flatten(io_lib:format("~w+~w", [1, 2])).

id(X) -> X.
