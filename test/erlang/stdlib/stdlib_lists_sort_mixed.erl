-module(stdlib_lists_sort_mixed).
-export([start/0]).

%% Integers and floats that compare equal: OTP's sort/1 keeps a specific order.
start() ->
    Vals = {0, 0.0, 1, 1.0, 2, 2.0, 3},
    Lists = [gen(Seed, Len, Vals) || {Seed, Len} <- [{1, 4}, {2, 5}, {3, 7}, {4, 9}, {5, 12}, {6, 20}, {7, 33}, {8, 50}]],
    lists:foreach(fun(L) ->
                          io:format("~w~n", [lists:sort(L)]),
                          io:format("~w~n", [lists:usort(L)]),
                          io:format("~w~n", [lists:sort(fun(A, B) -> A =< B end, L)])
                  end, Lists),
    Ts = [{element(1, T), I} || {T, I} <- lists:zip([{X} || X <- gen(9, 30, Vals)], lists:seq(1, 30))],
    io:format("~w~n", [lists:keysort(1, Ts)]),
    io:format("~w~n", [lists:ukeysort(1, Ts)]),
    Singles = [{X} || X <- gen(10, 25, Vals)],
    io:format("~w~n", [lists:keysort(1, Singles)]),
    io:format("~w~n", [lists:keysort(1, [{1.0}, {1}, {0}, {5}])]),
    io:format("~w~n", [lists:sort([1, 1.0, 0, 5])]),
    io:format("~w~n", [lists:sort([2, 0.0, 0.0, 2.0])]),
    length(Lists).

gen(Seed, Len, Vals) -> gen(Seed, Len, Vals, []).

gen(_, 0, _, Acc) -> Acc;
gen(S, N, Vals, Acc) ->
    S1 = (S * 1103515245 + 12345) rem 2147483648,
    gen(S1, N - 1, Vals, [element(1 + (S1 div 65536) rem tuple_size(Vals), Vals) | Acc]).
