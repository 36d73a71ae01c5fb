-module(lists_sorting_algorithms).
-export([start/0]).

start() ->
    Data = [(X * 7877 + 13) rem 211 || X <- lists:seq(1, 60)],
    io:format("~w~n", [Data]),
    Sorted = lists:sort(Data),
    Algs = [{insertion, fun isort/1}, {merge, fun msort/1}, {quick, fun qsort/1}, {selection, fun ssort/1}],
    lists:foreach(
      fun({Name, F}) -> io:format("~p ~p~n", [Name, F(Data) =:= Sorted]) end, Algs),
    io:format("~w~n", [msort(Data)]),
    io:format("~w~n", [[isort(L) || L <- [[], [1], [2, 1], [3, 3, 1]]]]),
    lists:sublist(Sorted, 10).

isort(L) -> lists:foldl(fun insert/2, [], L).
insert(X, []) -> [X];
insert(X, [H | T]) when X =< H -> [X, H | T];
insert(X, [H | T]) -> [H | insert(X, T)].

msort([]) -> [];
msort([X]) -> [X];
msort(L) ->
    {A, B} = lists:split(length(L) div 2, L),
    merge(msort(A), msort(B)).
merge([], B) -> B;
merge(A, []) -> A;
merge([X | A], [Y | _] = B) when X =< Y -> [X | merge(A, B)];
merge(A, [Y | B]) -> [Y | merge(A, B)].

qsort([]) -> [];
qsort([P | T]) ->
    {Lo, Hi} = lists:partition(fun(X) -> X < P end, T),
    qsort(Lo) ++ [P | qsort(Hi)].

ssort([]) -> [];
ssort(L) -> M = lists:min(L), [M | ssort(lists:delete(M, L))].
