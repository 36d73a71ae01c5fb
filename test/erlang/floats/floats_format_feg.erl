-module(floats_format_feg).
-export([start/0]).

start() ->
    Vals = [0.0, 1.0, -1.5, 3.14159265, 123456.789, 1.0e-7, 6.02e23, -0.000456],
    lists:foreach(
      fun(V) ->
              io:format("[~f] [~.2f] [~10.3f] [~-10.1f] [~.1f]~n", [V, V, V, V, V]),
              io:format("[~e] [~.3e] [~12.2e] [~g] [~.3g] [~.10g]~n", [V, V, V, V, V, V])
      end, Vals),
    io:format("[~f] [~e]~n", [float(id(1)), float(id(-2))]),
    io:format("[~10.4.*f]~n", [$0, 3.5]),
    ok.

id(X) -> X.
