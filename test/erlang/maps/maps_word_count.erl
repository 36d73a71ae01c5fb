-module(maps_word_count).
-export([start/0]).

start() ->
    Text = "the quick brown fox jumps over the lazy dog the fox barks and the dog runs "
           "over and over again while the quick fox sleeps",
    Words = string:tokens(Text, " "),
    Counts = lists:foldl(fun(W, Acc) -> maps:update_with(W, fun(N) -> N + 1 end, 1, Acc) end, #{}, Words),
    Sorted = lists:sort(fun({W1, N1}, {W2, N2}) -> {-N1, W1} =< {-N2, W2} end, maps:to_list(Counts)),
    lists:foreach(fun({W, N}) -> io:format("~-8s ~w~n", [W, N]) end, lists:sublist(Sorted, 8)),
    io:format("distinct ~w total ~w~n", [map_size(Counts), length(Words)]),
    Lengths = maps:groups_from_list(fun length/1, lists:usort(Words)),
    io:format("~p~n", [Lengths]),
    Letters = lists:foldl(fun(C, Acc) -> Acc#{C => maps:get(C, Acc, 0) + 1} end, #{}, [C || C <- Text, C =/= $\s]),
    io:format("~p~n", [lists:sublist(lists:reverse(lists:keysort(2, lists:sort(maps:to_list(Letters)))), 5)]),
    maps:get("the", Counts).
