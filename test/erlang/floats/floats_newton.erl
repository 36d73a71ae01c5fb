-module(floats_newton).
-export([start/0]).

start() ->
    lists:foreach(
      fun(X) ->
              N = newton(X, X / 2 + 1, 0),
              io:format("sqrt(~p): newton ~p, math ~p, diff ~.3e~n", [X, N, math:sqrt(X), abs(N - math:sqrt(X))])
      end, [2.0, 3.0, 10.0, 0.5, 1.0e6, 12345.678]),
    Cube = cbrt(27.0, 3.0, 0),
    io:format("cbrt(27) ~p~n", [Cube]),
    Cube.

newton(_, G, 60) -> G;
newton(X, G, K) ->
    G2 = (G + X / G) / 2,
    if abs(G2 - G) < 1.0e-15 * G2 -> G2;
       true -> newton(X, G2, K + 1)
    end.

cbrt(_, G, 40) -> G;
cbrt(X, G, K) -> cbrt(X, G - (G * G * G - X) / (3 * G * G), K + 1).
