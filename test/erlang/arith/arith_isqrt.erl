-module(arith_isqrt).
-export([start/0]).

start() ->
    Ns = [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 1 bsl 60, (1 bsl 60) - 1,
          10 bsl 200, 123456789012345678901234567890123456789],
    lists:foreach(
      fun(N) ->
              S = isqrt(N),
              io:format("isqrt(~w) = ~w ok=~w~n", [N, S, S * S =< N andalso (S + 1) * (S + 1) > N])
      end, Ns),
    %% sqrt(2) to 50 digits
    Root2 = isqrt(2 * pow10(100)),
    io:format("sqrt(2) ~~ ~w~n", [Root2]),
    Root2.

isqrt(0) -> 0;
isqrt(N) -> newton(N, N).

newton(N, X) ->
    Y = (X + N div X) div 2,
    if Y >= X -> X;
       true -> newton(N, Y)
    end.

pow10(0) -> 1;
pow10(K) -> 10 * pow10(K - 1).
