-module(printing_improper_deep).
-export([start/0]).

start() ->
    Terms = [[a | b], [1, 2 | 3], [[1 | 2] | [3 | 4]], ["ab" | "cd"], [$a | $b], [a | <<"b">>],
             {[], {}, <<>>, #{}, ""}, [[], [[]], [[], []]], {{{}}}, [{}], [[[[[[[[[[x]]]]]]]]]]],
    lists:foreach(fun(T) -> io:format("~p  ~w~n", [T, T]) end, Terms),
    Deep = lists:foldl(fun(N, Acc) -> [N | [Acc]] end, [], lists:seq(1, 25)),
    io:format("~p~n", [Deep]),
    Wide = list_to_tuple([{k, N, [N, N]} || N <- lists:seq(1, 12)]),
    io:format("~p~n", [Wide]),
    [a | b].
