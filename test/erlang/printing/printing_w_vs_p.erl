-module(printing_w_vs_p).
-export([start/0]).

start() ->
    Terms = [atom, 'Quoted', 42, -7, 3.25, "string", [1, 2, 3], [104, 105], <<"bin">>, <<1, 2, 3>>,
             {tuple, "in", <<"side">>}, #{key => "value"}, [], {}, <<>>, [a | b], "", [[]],
             'hello world', [$a, 200], [$a, 300], 1 bsl 80],
    lists:foreach(fun(T) -> io:format("~w~n~p~n", [T, T]) end, Terms),
    io:format("~w~n", [Terms]),
    io:format("~p~n", [Terms]),
    length(Terms).
