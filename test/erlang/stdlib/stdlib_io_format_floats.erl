-module(stdlib_io_format_floats).
-export([start/0]).

start() ->
    Fs = [id(3.14159), id(-0.5), id(0.0), id(1.0e10), id(1.5e-7), id(123456.789), id(2.5), id(1.0e300)],
    lists:foreach(fun(F) ->
        io:format("~f|~.2f|~.1f|~12.3f|~-12.3f|~e|~.3e|~g|~.3g|~.1g|~w~n", [F, F, F, F, F, F, F, F, F, F, F])
    end, Fs),
    io:format("[~10.2.0f] [~-10.2.xf] [~.1f] [~.1f]~n", [id(3.14159), id(2.5), id(0.05), id(0.25)]),
    io:format("[~.10f] [~.2e] [~.15g] [~.20e]~n", [id(0.1), id(0.1), id(0.1), id(0.1)]),
    io:format("[~*.*f] [~*e]~n", [id(9), id(3), id(1.23456), id(14), id(1.5)]),
    io:format("[~f] [~e]~n", [id(1.0e-320), id(5.0e-324)]),
    io:format("[~p] [~p] [~p] [~p]~n", [id(1.0e16), id(1.0e15), id(0.1 + 0.2), id(-1.0e-5)]),
    ok.

id(X) -> X.
