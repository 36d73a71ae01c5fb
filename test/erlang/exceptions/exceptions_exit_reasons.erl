-module(exceptions_exit_reasons).
-export([start/0]).

start() ->
    Reasons = [normal, kill, shutdown, {shutdown, reason}, "string reason", 42, {a, [b, c]}, <<"bin">>],
    lists:foreach(
      fun(R) ->
              Caught = try exit(R) catch exit:X -> {caught, X} end,
              Catch = catch exit(R),
              io:format("~p ~p~n", [Caught, Catch])
      end, [id(R) || R <- Reasons]),
    R2 = try exit(id({nested, exit(inner)})) catch exit:X2 -> X2 end,
    io:format("~p~n", [R2]),
    ok.

id(X) -> X.
