-module(funs_named_recursion).
-export([start/0]).

start() ->
    Fact = fun F(0) -> 1; F(N) -> N * F(N - 1) end,
    io:format("~p~n", [[Fact(N) || N <- lists:seq(0, 10)]]),
    io:format("~p~n", [Fact(25)]),
    Fib = fun Fib(0) -> 0; Fib(1) -> 1; Fib(N) -> Fib(N - 1) + Fib(N - 2) end,
    io:format("~p~n", [[Fib(N) || N <- lists:seq(0, 15)]]),
    %% recursion through an explicitly passed fun (Y-combinator style)
    Y = fun(F) -> (fun(X) -> F(fun(V) -> (X(X))(V) end) end)(fun(X) -> F(fun(V) -> (X(X))(V) end) end) end,
    Len = Y(fun(Self) -> fun([]) -> 0; ([_ | T]) -> 1 + Self(T) end end),
    io:format("~p~n", [Len([a, b, c, d])]),
    Ack = fun A(0, N) -> N + 1; A(M, 0) -> A(M - 1, 1); A(M, N) -> A(M - 1, A(M, N - 1)) end,
    io:format("~p~n", [Ack(2, 3)]),
    Flatten = fun Fl([]) -> []; Fl([H | T]) -> Fl(H) ++ Fl(T); Fl(X) -> [X] end,
    io:format("~p~n", [Flatten([1, [2, [3, [4]], 5]])]),
    Fact(20).
