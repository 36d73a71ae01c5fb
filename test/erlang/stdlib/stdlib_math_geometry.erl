-module(stdlib_math_geometry).
-export([start/0]).

%% Typical uses: distances, angles, compound interest, a numeric integration.
id(X) -> X.

dist({X1, Y1}, {X2, Y2}) -> math:sqrt(math:pow(X2 - X1, 2) + math:pow(Y2 - Y1, 2)).

deg(R) -> R * 180 / math:pi().

simpson(F, A, B, N) ->
    H = (B - A) / N,
    S = F(A) + F(B) + lists:sum([(if I rem 2 =:= 1 -> 4; true -> 2 end) * F(A + I * H) || I <- lists:seq(1, N - 1)]),
    S * H / 3.

start() ->
    Pts = [{0, 0}, {3, 4}, {-1, 7}, {2.5, -3.5}, {10, 10}],
    io:format("~w~n", [[dist(P, Q) || P <- Pts, Q <- Pts, P < Q]]),
    io:format("~w~n", [[deg(math:atan2(Y, X)) || {X, Y} <- Pts]]),
    io:format("~.6f~n", [1000 * math:pow(1 + 0.05 / 12, 12 * 10)]),
    io:format("~.10f~n", [simpson(fun math:sin/1, 0, math:pi(), id(100))]),
    io:format("~.10f~n", [simpson(fun(X) -> math:exp(-X * X) end, -3, 3, id(200)) / math:sqrt(math:pi())]),
    io:format("~w~n", [[round(deg(math:acos(C))) || C <- [1, 0.5, 0, -0.5, -1]]]),
    R = [math:sin(X) * math:sin(X) + math:cos(X) * math:cos(X) || X <- [0.1, 1, 2, 3, 10]],
    io:format("~w~n", [[abs(V - 1) < 1.0e-15 || V <- R]]),
    io:format("~p~n", [math:sqrt(2) * math:sqrt(2)]),
    math:pi() * math:pow(id(2), 2).
