-module(exceptions_after_return).
-export([start/0]).

start() ->
    io:format("~p~n", [f1()]),
    io:format("~p~n", [f2()]),
    {'EXIT', {R3, _}} = catch f3(),
    io:format("~p~n", [R3]),
    io:format("~p~n", [f4(id([1, 2, 3]))]),
    io:format("~p~n", [f4(id(oops))]),
    io:format("~p~n", [get(log)]),
    f1().

f1() ->
    try body after after_value end.

f2() ->
    try throw(x) catch throw:x -> from_catch after log(f2_after) end.

f3() ->
    try error(in_body) after log(f3_after) end.

f4(L) ->
    try length(L) of
        N when N > 2 -> {long, N};
        N -> {short, N}
    catch
        error:badarg -> not_a_list
    after
        log({f4_after, L})
    end.

log(X) ->
    Old = case get(log) of undefined -> []; V -> V end,
    put(log, Old ++ [X]).

id(X) -> X.
