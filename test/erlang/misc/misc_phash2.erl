-module(misc_phash2).
-export([start/0]).

start() ->
    Terms = [0, 1, -1, 42, 1 bsl 40, 1 bsl 100, a, ok, '', "", "abc", [1, 2, 3], {}, {a, b}, <<>>, <<"abc">>,
             <<1:3>>, 1.5, [a | b], {nested, [1, {2, "three"}]}, #{}, #{a => 1}],
    lists:foreach(fun(T) -> io:format("~p: ~p ~p~n", [T, erlang:phash2(T), erlang:phash2(T, 1000)]) end, Terms),
    Buckets = lists:foldl(fun(N, Acc) -> B = erlang:phash2(N, 8), setelement(B + 1, Acc, element(B + 1, Acc) + 1) end,
                          erlang:make_tuple(8, 0), lists:seq(1, 800)),
    io:format("~p~n", [Buckets]),
    io:format("~p~n", [erlang:phash2({a, "b"}) =:= erlang:phash2({a, "b"})]),
    erlang:phash2(hello).
