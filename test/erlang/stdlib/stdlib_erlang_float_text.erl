-module(stdlib_erlang_float_text).
-export([start/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    Fs = [0.0, 1.0, -1.5, 3.14159, 1.0e10, 1.0e-10, 123456.789, 0.1, 2.5, -0.0, 1.0e100],
    Opts = [[], [{decimals, 2}], [{decimals, 0}], [{decimals, 4}, compact], [{scientific, 3}],
            [{scientific, 0}], [short], [compact, {decimals, 10}]],
    [io:format("~p ~p~n", [O, [float_to_binary(id(F), O) || F <- Fs]]) || O <- Opts],
    [io:format("~p~n", [[float_to_list(id(F), O) || F <- [0.5, 1.005, 99.995]]]) || O <- Opts],
    Cases = [fun() -> float_to_binary(id(1.0), [{decimals, 254}]) =:= ok end,
             fun() -> float_to_binary(id(1.0), [{decimals, 254}]) end,
             fun() -> float_to_binary(id(1.0), [{decimals, 300}]) end,
             fun() -> float_to_binary(id(1.0), [{scientific, 250}]) end,
             fun() -> float_to_binary(id(1.0), [{decimals, -1}]) end,
             fun() -> float_to_binary(id(1), []) end,
             fun() -> float_to_binary(id(1.0), [bogus]) end,
             fun() -> float_to_binary(id(1.0), bogus) end,
             fun() -> float_to_list(id(1.0e300), [{decimals, 2}]) end,
             fun() -> binary_to_float(id(<<"1.5e3">>)) end,
             fun() -> binary_to_float(id(<<"1e3">>)) end,
             fun() -> binary_to_float(id(<<"1.">>)) end,
             fun() -> list_to_float(id("-0.25")) end,
             fun() -> list_to_float(id("3")) end],
    [io:format("~p~n", [t(F)]) || F <- Cases],
    ok.
