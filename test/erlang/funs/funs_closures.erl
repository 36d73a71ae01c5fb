-module(funs_closures).
-export([start/0]).

start() ->
    X = id(10),
    AddX = fun(Y) -> X + Y end,
    io:format("~p~n", [AddX(5)]),
    Adders = [fun(V) -> V + N end || N <- lists:seq(1, 5)],
    io:format("~p~n", [[F(100) || F <- Adders]]),
    Compose = fun(F, G) -> fun(V) -> F(G(V)) end end,
    Inc = fun(V) -> V + 1 end,
    Dbl = fun(V) -> V * 2 end,
    io:format("~p ~p~n", [(Compose(Inc, Dbl))(5), (Compose(Dbl, Inc))(5)]),
    Many = lists:foldl(Compose, fun(V) -> V end, [Inc, Dbl, Inc, Dbl]),
    io:format("~p~n", [Many(1)]),
    {A, B, C} = {id(a), id("bee"), id(<<"sea">>)},
    Capture = fun() -> {A, B, C, X} end,
    io:format("~p~n", [Capture()]),
    Outer = fun(P) -> fun(Q) -> fun(R) -> [P, Q, R, X] end end end,
    io:format("~p~n", [((Outer(1))(2))(3)]),
    Counter = make_counter(0),
    {C1, Next1} = Counter(),
    {C2, Next2} = Next1(),
    {C3, _} = Next2(),
    io:format("~p~n", [[C1, C2, C3]]),
    AddX(0).

make_counter(N) -> fun() -> {N, make_counter(N + 1)} end.

id(V) -> V.
