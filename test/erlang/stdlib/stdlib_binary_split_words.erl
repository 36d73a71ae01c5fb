-module(stdlib_binary_split_words).
-export([start/0]).

%% Word statistics over a text with binary:split on several separators, then matches/replace.
id(X) -> X.

start() ->
    Text = id(<<"It was the best of times, it was the worst of times;\nit was the age of wisdom.">>),
    Words = binary:split(Text, [<<" ">>, <<",">>, <<";">>, <<"\n">>, <<".">>], [global, trim_all]),
    io:format("~p ~p~n", [length(Words), Words]),
    Lower = [list_to_binary(string:lowercase(binary_to_list(W))) || W <- Words],
    Freq = lists:foldl(fun(W, M) -> maps:update_with(W, fun(C) -> C + 1 end, 1, M) end, #{}, Lower),
    io:format("~p~n", [lists:sort(maps:to_list(Freq))]),
    io:format("~p~n", [length(binary:matches(Text, <<"was">>))]),
    io:format("~p~n", [binary:replace(Text, <<"times">>, <<"[]">>, [global, {insert_replaced, 1}])]),
    io:format("~p~n", [binary:split(Text, <<"of">>, [{scope, {20, 30}}])]),
    io:format("~p~n", [binary:split(Text, <<" ">>, [global, {scope, {0, 10}}])]),
    maps:get(<<"was">>, Freq).
