-module(stdlib_math_edges).
-export([start/0]).

id(X) -> X.

%% glibc's hyperbolic, erf and non-exact log10 results may be 1 ulp off the correctly rounded
%% value (which the VM computes): print those with 12 significant digits.
g(L) -> string:join([lists:flatten(io_lib:format("~.12g", [X])) || X <- L], " ").

start() ->
    io:format("~w~n", [[math:sqrt(id(X)) || X <- [0, 0.0, -0.0, 1, 4, 2, 1.0e-300, 1.0e300, 1 bsl 100]]]),
    io:format("~w~n", [[math:log2(id(X)) || X <- [1, 2, 1024, 1 bsl 60, 0.5, 0.125, 3, 1.0e-10]]]),
    io:format("~w~n", [[math:log10(id(X)) || X <- [1, 10, 1000, 1.0e22, 1.0e-5, 0.001, 2]]]),
    io:format("~s~n", [g([math:log10(id(X)) || X <- [12345, 0.75, 3.0e-200]])]),
    io:format("~w~n", [[math:log(id(X)) || X <- [1, 2.718281828459045, 10, 1.0e-300, 1 bsl 80]]]),
    io:format("~w~n", [[math:exp(id(X)) || X <- [0, 1, -1, 700, -700, -1000]]]),
    io:format("~w~n", [[math:floor(id(X)) || X <- [1.5, -1.5, 2, -0.0, 0.0, 1.0e20, -3.0000001]]]),
    io:format("~w~n", [[math:ceil(id(X)) || X <- [1.5, -1.5, 2, -0.5, 1.0e20, 3.0000001]]]),
    io:format("~s~n", [g([math:tanh(id(X)) || X <- [0, 1, -1, 10, 30, -30, 0.001]])]),
    io:format("~s~n", [g([math:sinh(id(X)) || X <- [0, 1, -1, 0.001, 20]])]),
    io:format("~s~n", [g([math:cosh(id(X)) || X <- [0, 1, -1, 0.001, 20]])]),
    io:format("~s~n", [g([math:asinh(id(X)) || X <- [0, 1, -1, 100]])]),
    io:format("~s~n", [g([math:acosh(id(X)) || X <- [1, 2, 100]])]),
    io:format("~s~n", [g([math:atanh(id(X)) || X <- [0, 0.5, -0.5, 0.9]])]),
    io:format("~w~n", [[math:pow(id(X), Y) || {X, Y} <- [{2, -1}, {2, 0.5}, {1.0e10, 10}, {-2, 3}, {-2.0, 2}, {0.0, 0.5}]]]),
    io:format("~w~n", [[math:sin(math:pi()), math:cos(math:pi()), math:tan(math:pi() / 4), math:sin(id(1.0e10))]]),
    io:format("~s~n", [g([math:erf(id(X)) || X <- [0, 0.5, 1, 2, -1, 5, 0.001]])]),
    io:format("~s~n", [g([math:erfc(id(X)) || X <- [0, 0.5, 1, 2, -1, 5, 10]])]),
    math:fmod(id(-7.5), 2).
