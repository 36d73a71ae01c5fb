-module(stdlib_math_funcs).
-export([start/0]).

id(X) -> X.

start() ->
    Xs = [0, 0.5, 1, 2, -0.5, 3.0],
    Fs = [sqrt, sin, cos, tan, asin, acos, atan, exp, log, log2, log10, sinh, cosh, tanh,
          asinh, acosh, atanh, ceil, floor, erf, erfc],
    lists:foreach(
      fun(F) ->
              R = [try io_lib:format("~.12g", [math:F(id(X))]) catch error:E -> atom_to_list(E) end || X <- Xs],
              io:format("~p ~s~n", [F, string:join([lists:flatten(V) || V <- R], " ")])
      end, Fs),
    io:format("~w~n", [math:pi()]),
    io:format("~w~n", [[math:pow(id(2), 10), math:pow(2.5, 2), math:pow(-8, 3), math:pow(4, 0.5), math:pow(0, 0)]]),
    io:format("~w~n", [[math:atan2(1, 1), math:atan2(-1, -1), math:atan2(0, -1), math:atan2(0.0, 1)]]),
    io:format("~w~n", [[math:fmod(10, 3), math:fmod(-10, 3), math:fmod(10.5, -3), math:fmod(1, 0.3)]]),
    ok.
