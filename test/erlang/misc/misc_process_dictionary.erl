-module(misc_process_dictionary).
-export([start/0]).

start() ->
    io:format("~p~n", [get(missing)]),
    io:format("~p~n", [put(counter, 1)]),
    io:format("~p~n", [put(counter, 2)]),
    io:format("~p~n", [get(counter)]),
    put({complex, key}, [1, 2, 3]),
    put("string key", <<"v">>),
    put(42, forty_two),
    io:format("~p~n", [lists:sort(get())]),
    io:format("~p~n", [lists:sort(get_keys())]),
    io:format("~p~n", [get_keys(forty_two)]),
    io:format("~p~n", [erase(counter)]),
    io:format("~p~n", [erase(counter)]),
    io:format("~p~n", [get(counter)]),
    [incr(hits) || _ <- lists:seq(1, 10)],
    io:format("~p~n", [get(hits)]),
    io:format("~p~n", [length(erase())]),
    io:format("~p~n", [get()]),
    put(final, done),
    get(final).

incr(K) ->
    case get(K) of
        undefined -> put(K, 1);
        N -> put(K, N + 1)
    end.
