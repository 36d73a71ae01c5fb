-module(stdlib_dict).
-export([start/0]).

%% dict keeps OTP 25's hash table shape and order.
start() ->
    D = dict:from_list(id([{apple, 1}, {banana, 2}, {cherry, 3}])),
    io:format("~p~n", [dict:to_list(D)]),
    io:format("~p ~p~n", [dict:fetch(banana, D), dict:find(kiwi, D)]),
    D2 = dict:append(fruit, apple, dict:append(fruit, pear, D)),
    io:format("~p~n", [dict:fetch(fruit, D2)]),
    D3 = dict:update_counter(apple, 10, D2),
    io:format("~p~n", [dict:fetch(apple, D3)]),
    D4 = dict:update(cherry, fun(V) -> V * 100 end, D3),
    io:format("~p~n", [lists:sort(dict:to_list(D4))]),
    io:format("~p~n", [dict:fetch_keys(D4)]),
    Words = string:lexemes("the cat and the dog and the bird", " "),
    Counts = lists:foldl(fun(W, Acc) -> dict:update_counter(W, 1, Acc) end, dict:new(), Words),
    io:format("~p~n", [dict:to_list(Counts)]),
    Big = dict:from_list([{I, I * I} || I <- lists:seq(1, 120)]),
    io:format("~w~n", [dict:fetch_keys(Big)]),
    io:format("~w~n", [dict:size(dict:filter(fun(K, _) -> K rem 3 =:= 0 end, Big))]),
    io:format("~w~n", [dict:fold(fun(_, V, A) -> V + A end, 0, Big)]),
    io:format("~p~n", [dict:to_list(dict:map(fun(_, V) -> -V end, D))]),
    io:format("~p~n", [dict:to_list(dict:merge(fun(_, A, B) -> A + B end, D, dict:from_list([{apple, 5}, {date, 4}])))]),
    io:format("~p~n", [dict:take(apple, D)]),
    io:format("~p~n", [try dict:fetch(nope, D) catch C:R -> {C, R} end]),
    dict:erase(apple, D).

id(X) -> X.
