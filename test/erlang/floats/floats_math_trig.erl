-module(floats_math_trig).
-export([start/0]).

%% Printed with ~.10f so that last-bit differences between libm
%% implementations do not matter.
start() ->
    Pi = math:pi(),
    Angles = [0, Pi / 6, Pi / 4, Pi / 3, Pi / 2, Pi, 3 * Pi / 2, -Pi / 4, 1.0, 10.0],
    lists:foreach(
      fun(A) ->
              io:format("~.10f: sin ~.10f cos ~.10f~n", [float(A), math:sin(A), math:cos(A)])
      end, Angles),
    io:format("tan ~.10f ~.10f~n", [math:tan(Pi / 4), math:tan(0.5)]),
    io:format("asin ~.10f acos ~.10f atan ~.10f~n", [math:asin(0.5), math:acos(0.5), math:atan(1.0)]),
    io:format("atan2 ~.10f ~.10f ~.10f~n", [math:atan2(1, 1), math:atan2(-1, -1), math:atan2(0, -1)]),
    io:format("sinh ~.10f cosh ~.10f tanh ~.10f~n", [math:sinh(1), math:cosh(1), math:tanh(0.5)]),
    Id = [abs(math:sin(X) * math:sin(X) + math:cos(X) * math:cos(X) - 1) < 1.0e-12 || X <- Angles],
    io:format("identity ~p~n", [lists:usort(Id)]),
    ok.
