-module(funs_higher_order).
-export([start/0]).

start() ->
    Pipeline = [fun(X) -> X + 1 end, fun(X) -> X * 10 end, fun(X) -> X - 3 end],
    io:format("~p~n", [pipe(5, Pipeline)]),
    Curry = curry(fun(A, B, C) -> A * 100 + B * 10 + C end),
    io:format("~p~n", [((Curry(1))(2))(3)]),
    io:format("~p~n", [twice(fun(X) -> X * X end, 3)]),
    io:format("~p~n", [n_times(fun(X) -> [x | X] end, 4, [])]),
    Memo = memoize(fun slow_square/1),
    io:format("~p~n", [[Memo(N) || N <- [2, 3, 2, 3, 4]]]),
    io:format("~p~n", [get(calls)]),
    Flip = fun(F) -> fun(A, B) -> F(B, A) end end,
    io:format("~p~n", [(Flip(fun(A, B) -> A - B end))(1, 10)]),
    io:format("~p~n", [lists:sort(Flip(fun erlang:'=<'/2), [3, 1, 2])]),
    io:format("~p~n", [zip_with(fun(A, B) -> {A, B} end, [1, 2, 3], [a, b, c])]),
    pipe(1, Pipeline).

pipe(X, Fs) -> lists:foldl(fun(F, Acc) -> F(Acc) end, X, Fs).

curry(F) -> fun(A) -> fun(B) -> fun(C) -> F(A, B, C) end end end.

twice(F, X) -> F(F(X)).

n_times(_, 0, X) -> X;
n_times(F, N, X) -> n_times(F, N - 1, F(X)).

memoize(F) ->
    fun(X) ->
            case get({memo, X}) of
                undefined -> V = F(X), put({memo, X}, V), V;
                V -> V
            end
    end.

slow_square(X) ->
    put(calls, case get(calls) of undefined -> 1; N -> N + 1 end),
    X * X.

zip_with(F, [A | As], [B | Bs]) -> [F(A, B) | zip_with(F, As, Bs)];
zip_with(_, _, _) -> [].
