-module(stdlib_erlang_phash).
-export([start/0]).
-compile({nowarn_deprecated_function, [{erlang, phash, 2}]}).

id(X) -> X.

start() ->
    Terms = [0, 1, -1, 1 bsl 40, 1.5, a, 'hello world', "abc", <<"abc">>, <<1:3>>, {}, {a, 1},
             [1, 2, 3], #{a => 1}, #{}, [], {[], {}}, self_is_not_printed],
    io:format("~p~n", [[erlang:phash2(id(T)) || T <- Terms]]),
    io:format("~p~n", [[erlang:phash2(id(T), 1000) || T <- Terms]]),
    io:format("~p~n", [[erlang:phash2(id(T), 1 bsl 32) || T <- Terms]]),
    io:format("~p~n", [[erlang:phash(id(T), 1 bsl 27) || T <- Terms]]),
    io:format("~p~n", [[erlang:phash2(id(T), 1) || T <- Terms]]),
    io:format("~p~n", [try erlang:phash2(a, id(0)) catch C:R -> {C, R} end]),
    io:format("~p~n", [[erlang:phash2(lists:seq(1, N)) || N <- [10, 100, 1000]]]),
    erlang:phash2({id(x), [1.0, "s"], <<"b">>}).
