-module(stdlib_app_wordfreq).
-export([start/0]).

start() ->
    Text = id(<<"The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs!\n"
                "A quick, quick fox.">>),
    Words = [string:lowercase(W) || W <- string:lexemes(Text, " .,;!\n")],
    Freq = lists:foldl(fun(W, M) -> maps:update_with(W, fun(N) -> N + 1 end, 1, M) end, #{}, Words),
    Sorted = lists:sort(fun({A, NA}, {B, NB}) -> {NB, A} =< {NA, B} end, maps:to_list(Freq)),
    lists:foreach(fun({W, N}) -> io:format("~-8s ~2w ~s~n", [W, N, lists:duplicate(N, $#)]) end, Sorted),
    Longest = lists:foldl(fun(W, Best) -> case string:length(W) > string:length(Best) of true -> W; false -> Best end end, <<>>, Words),
    io:format("longest: ~s~n", [Longest]),
    ByLen = maps:groups_from_list(fun string:length/1, lists:usort(Words)),
    io:format("~p~n", [lists:sort(maps:to_list(ByLen))]),
    length(Words).

id(X) -> X.
