-module(termorder_numbers).
-export([start/0]).

start() ->
    Ns = [3, 2.5, -1, -1.0, 0, 0.0, 1 bsl 64, 1.8446744073709552e19, -(1 bsl 64), 1.0e-300,
          -1.0e300, 134217728, 134217727.5, 2, 2.0],
    io:format("~w~n", [lists:sort([id(N) || N <- Ns])]),
    io:format("~w~n", [lists:usort([id(N) || N <- Ns])]),
    io:format("~w~n", [lists:sort(fun(A, B) -> A >= B end, Ns)]),
    Cmp = [{1 bsl 64, 1.8446744073709552e19}, {(1 bsl 64) + 1, 1.8446744073709552e19},
           {(1 bsl 64) - 1, 1.8446744073709552e19}, {9007199254740993, 9007199254740992.0},
           {-9007199254740993, -9007199254740992.0}, {1 bsl 1100, 1.0e308}],
    lists:foreach(fun({I, F}) -> io:format("~w ~w ~w ~w~n", [I < F, I == F, I > F, compare(I, F)]) end,
                  [{id(I), id(F)} || {I, F} <- Cmp]),
    lists:max(Ns).

compare(A, B) when A < B -> lt;
compare(A, B) when A > B -> gt;
compare(_, _) -> eq.

id(X) -> X.
