-module(floats_mandelbrot).
-export([start/0]).

start() ->
    Rows = [row(Y) || Y <- lists:seq(-12, 12)],
    lists:foreach(fun(R) -> io:format("~s~n", [R]) end, Rows),
    Inside = length([C || R <- Rows, C <- R, C =:= $#]),
    io:format("inside: ~p~n", [Inside]),
    Inside.

row(Y) ->
    [cell(X / 20 - 0.6, Y / 10) || X <- lists:seq(-30, 30)].

cell(Cr, Ci) ->
    case iter(0.0, 0.0, Cr, Ci, 0) of
        50 -> $#;
        N when N > 10 -> $+;
        N when N > 4 -> $.;
        _ -> $\s
    end.

iter(_, _, _, _, 50) -> 50;
iter(Zr, Zi, Cr, Ci, N) ->
    if Zr * Zr + Zi * Zi > 4.0 -> N;
       true -> iter(Zr * Zr - Zi * Zi + Cr, 2 * Zr * Zi + Ci, Cr, Ci, N + 1)
    end.
