-module(maps_literals).
-export([start/0]).

start() ->
    M1 = #{},
    M2 = #{a => 1, b => 2},
    M3 = #{id(c) => id(3), "str" => [1, 2], {t, 1} => #{nested => true}, 42 => <<"bin">>},
    io:format("~p~n~w~n~p~n", [M1, M2, M3]),
    io:format("~w ~w ~w~n", [map_size(M1), map_size(M2), map_size(M3)]),
    M4 = #{z => 26, y => 25, x => 24, a => 1},
    io:format("~p~n", [M4]),
    io:format("~w~n", [#{1 => one, 2 => two, 3 => three}]),
    io:format("~p~n", [#{k => #{k => #{k => deep}}}]),
    io:format("~w~n", [#{id(a) => 1, id(a) => 2}]),
    M2.

id(X) -> X.
