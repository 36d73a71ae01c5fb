-module(arith_precedence).
-export([start/0]).

start() ->
    A = id(7), B = id(3), C = id(2),
    io:format("~w ~w ~w ~w~n", [A + B * C, (A + B) * C, A - B - C, A - (B - C)]),
    io:format("~w ~w ~w~n", [A div B * C, A div (B * C), A rem B * C]),
    io:format("~w ~w ~w~n", [-A + B, -(A + B), - - A]),
    io:format("~w ~w~n", [+A, +(-B)]),
    io:format("~w ~w ~w~n", [A band B bor C, A band (B bor C), A bsl B + C]),
    io:format("~w ~w~n", [bnot A band 15, bnot (A band 15)]),
    io:format("~w ~w~n", [A + B > C, A * 0 == 0]),
    io:format("~w~n", [A - B * C div 2 + C rem 3 * 4]),
    A * B - C.

id(X) -> X.
