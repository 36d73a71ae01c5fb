-module(floats_to_list_scientific).
-export([start/0]).

start() ->
    Vals = [0.0, 1.0, -1.0, 0.1, 12345.678, 6.02214076e23, 1.602176634e-19, -9.999e99, 5.0e-324],
    lists:foreach(
      fun(V) ->
              io:format("~s | ~s | ~s | ~s~n",
                        [float_to_list(V, [{scientific, 0}]), float_to_list(V, [{scientific, 3}]),
                         float_to_list(V, [{scientific, 10}]), float_to_list(V, [{scientific, 20}])])
      end, Vals),
    float_to_binary(1234.5, [{scientific, 2}]).
