-module(stdlib_maps_print_order).
-export([start/0]).

start() ->
    Ms = [id(#{b => 1, a => 2, c => 3}),
          id(#{1 => a, a => 1, "s" => s, {t} => t, [l] => l, <<"b">> => b, 2.5 => f, -1 => n}),
          id(#{3 => c, 1 => a, 2 => b, 10 => j, 100 => k}),
          id(#{1.0 => f, 1 => i}),
          id(#{{2, a} => x, {1, b} => y, {1, a, z} => w}),
          maps:from_list([{N, N} || N <- lists:seq(32, 1, -1)]),
          maps:from_list([{list_to_atom([$k | integer_to_list(N)]), N} || N <- lists:seq(1, 20)])],
    lists:foreach(fun(M) ->
        io:format("~p~n", [M]),
        io:format("~w~n", [M]),
        io:format("~w~n", [maps:keys(M)]),
        io:format("~w~n", [maps:to_list(M)])
    end, Ms),
    io:format("~p~n", [lists:sort(Ms)]),
    length(Ms).

id(X) -> X.
