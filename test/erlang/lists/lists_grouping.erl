-module(lists_grouping).
-export([start/0]).

start() ->
    Words = id(["apple", "avocado", "banana", "blueberry", "cherry", "apricot", "coconut", "date"]),
    Groups = group_by(fun(W) -> hd(W) end, Words),
    lists:foreach(fun({K, Ws}) -> io:format("~c: ~p~n", [K, Ws]) end, Groups),
    Freq = frequencies("mississippi"),
    io:format("~p~n", [Freq]),
    io:format("~p~n", [chunk(3, lists:seq(1, 10))]),
    io:format("~p~n", [runs([1, 1, 2, 2, 2, 3, 1, 1])]),
    io:format("~p~n", [running_sum([1, 2, 3, 4, 5])]),
    io:format("~p~n", [lists:foldl(fun(W, Acc) -> max(length(W), Acc) end, 0, Words)]),
    Freq.

group_by(F, L) ->
    lists:foldr(fun(X, Acc) ->
                        K = F(X),
                        case lists:keyfind(K, 1, Acc) of
                            {K, Xs} -> lists:keyreplace(K, 1, Acc, {K, [X | Xs]});
                            false -> [{K, [X]} | Acc]
                        end
                end, [], L).

frequencies(L) ->
    lists:sort(lists:foldl(fun(X, Acc) ->
                                   case lists:keyfind(X, 1, Acc) of
                                       {X, N} -> lists:keyreplace(X, 1, Acc, {X, N + 1});
                                       false -> [{X, 1} | Acc]
                                   end
                           end, [], L)).

chunk(_, []) -> [];
chunk(N, L) when length(L) =< N -> [L];
chunk(N, L) -> {H, T} = lists:split(N, L), [H | chunk(N, T)].

runs([]) -> [];
runs([H | T]) -> {Same, Rest} = lists:splitwith(fun(X) -> X =:= H end, T), [{H, 1 + length(Same)} | runs(Rest)].

running_sum(L) -> tl(lists:reverse(lists:foldl(fun(X, [S | _] = Acc) -> [S + X | Acc] end, [0], L))).

id(X) -> X.
