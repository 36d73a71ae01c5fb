-module(floats_to_list_decimals).
-export([start/0]).

start() ->
    Vals = [0.0, 1.0, 1.5, 2.675, -0.125, 3.141592653589793, 1.0e10, 123.456, 0.0001, 1.0e-10],
    lists:foreach(
      fun(V) ->
              io:format("~p: ~s | ~s | ~s | ~s | ~s~n",
                        [V, float_to_list(V, [{decimals, 0}]), float_to_list(V, [{decimals, 2}]),
                         float_to_list(V, [{decimals, 4}, compact]),
                         float_to_list(V, [{decimals, 10}]), float_to_list(V, [{decimals, 10}, compact])])
      end, Vals),
    io:format("~s~n", [float_to_list(0.5, [{decimals, 0}])]),
    io:format("~s~n", [float_to_list(1.5, [{decimals, 0}])]),
    io:format("~s~n", [float_to_list(1.0e20, [{decimals, 3}])]),
    float_to_list(99.999, [{decimals, 1}]).
