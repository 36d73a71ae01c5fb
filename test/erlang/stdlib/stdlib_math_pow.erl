-module(stdlib_math_pow).
-export([start/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    Pairs = [{2, 0}, {2, 1}, {2, -2}, {2, 52}, {2, 1023}, {2, -1074}, {10, 15}, {10, -3}, {1.5, 2}, {-1.5, 3},
             {9, 0.5}, {27, 1/3}, {0, 5}, {-0.0, 3}, {1, 1.0e300}, {0.5, 1074}, {3, 100}, {-1, 1.0e15}],
    io:format("~w~n", [[math:pow(id(X), Y) || {X, Y} <- Pairs]]),
    Bad = [{2, 1024}, {-8, 0.5}, {0, -1}, {0.0, -0.5}, {10, 309}],
    io:format("~p~n", [[t(fun() -> math:pow(id(X), Y) end) || {X, Y} <- Bad]]),
    io:format("~w~n", [[math:sqrt(id(X)) || X <- [0.25, 2.25, 1.0e-320, 1 bsl 1000]]]),
    io:format("~w~n", [[math:exp(math:log(id(X))) || X <- [1, 2, 10, 0.5]]]),
    io:format("~w~n", [[math:log2(math:pow(2, id(N))) || N <- [-1074, -1022, -1, 0, 1, 100, 1023]]]),
    io:format("~w~n", [[math:log10(math:pow(10, id(N))) || N <- lists:seq(-5, 22)]]),
    io:format("~w~n", [[math:log(id(X)) || X <- [1.0e-310, 5.0e-324, 1.7976931348623157e308]]]),
    ok.
