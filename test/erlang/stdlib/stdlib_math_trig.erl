-module(stdlib_math_trig).
-export([start/0]).

id(X) -> X.

start() ->
    Pi = math:pi(),
    Angles = [0, Pi / 6, Pi / 4, Pi / 3, Pi / 2, Pi, 3 * Pi / 2, 2 * Pi, -Pi / 4, 100.0],
    [io:format("~.6f ~.6f ~.6f~n", [math:sin(A), math:cos(A), math:atan2(math:sin(A), math:cos(A))]) || A <- Angles],
    io:format("~w~n", [[math:asin(id(X)) || X <- [0, 0.5, 1, -1]]]),
    io:format("~w~n", [[math:acos(id(X)) || X <- [1, 0.5, 0, -1]]]),
    io:format("~w~n", [[math:atan(id(X)) || X <- [0, 1, -1, 1.0e300]]]),
    io:format("~w~n", [[math:atan2(id(Y), X) || {Y, X} <- [{0, 0}, {0.0, -0.0}, {-0.0, -1}, {1, 0}, {-1, 0}, {5, 5}]]]),
    io:format("~w~n", [[math:tan(id(X)) || X <- [0, 0.5, -0.5, 1.0e-20]]]),
    Deg = [round(math:acos(math:cos(D * Pi / 180)) * 180 / Pi) || D <- lists:seq(0, 180, 15)],
    io:format("~w~n", [Deg]),
    ok.
