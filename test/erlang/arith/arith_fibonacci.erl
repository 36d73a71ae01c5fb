-module(arith_fibonacci).
-export([start/0]).

start() ->
    io:format("~w~n", [[fib(N) || N <- lists:seq(0, 30)]]),
    lists:foreach(fun(N) -> io:format("fib(~w) = ~w~n", [N, fib(N)]) end,
                  [50, 90, 91, 92, 93, 100, 200, 500]),
    %% fast doubling agrees with iteration
    Same = lists:all(fun(N) -> fib(N) =:= element(1, fd(N)) end, lists:seq(0, 300, 7)),
    io:format("fast doubling agrees: ~w~n", [Same]),
    fib(100).

fib(N) -> fib(N, 0, 1).
fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).

%% returns {F(n), F(n+1)}
fd(0) -> {0, 1};
fd(N) ->
    {A, B} = fd(N div 2),
    C = A * (2 * B - A),
    D = A * A + B * B,
    case N rem 2 of
        0 -> {C, D};
        1 -> {D, C + D}
    end.
