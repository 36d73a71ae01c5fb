-module(floats_statistics).
-export([start/0]).

start() ->
    Data = [2.5, 3.7, 1.2, 9.8, 4.4, 4.4, 7.1, 0.3, 5.5, 6.0],
    N = length(Data),
    Mean = lists:sum(Data) / N,
    Var = lists:sum([(X - Mean) * (X - Mean) || X <- Data]) / (N - 1),
    Sd = math:sqrt(Var),
    Sorted = lists:sort(Data),
    Median = (lists:nth(N div 2, Sorted) + lists:nth(N div 2 + 1, Sorted)) / 2,
    io:format("n=~w mean=~.4f var=~.4f sd=~.4f median=~p~n", [N, Mean, Var, Sd, Median]),
    io:format("min=~p max=~p range=~p~n", [hd(Sorted), lists:last(Sorted), lists:last(Sorted) - hd(Sorted)]),
    Z = [(X - Mean) / Sd || X <- Data],
    io:format("z-scores: ~s~n", [string:join([float_to_list(V, [{decimals, 3}]) || V <- Z], " ")]),
    Hist = [{B, length([X || X <- Data, X >= B, X < B + 2.5])} || B <- [0.0, 2.5, 5.0, 7.5]],
    lists:foreach(fun({B, C}) -> io:format("~5.1f | ~s~n", [B, lists:duplicate(C, $*)]) end, Hist),
    {Mean, Median}.
