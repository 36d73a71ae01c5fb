-module(printing_maps_nested).
-export([start/0]).

start() ->
    M = #{name => "service", version => {1, 2, 3},
          endpoints => [#{path => "/api/v1/users", methods => [get, post]},
                        #{path => "/api/v1/orders", methods => [get, put, delete]}],
          limits => #{rate => 100, burst => 20, window => #{seconds => 60}},
          <<"binary key">> => <<"binary value">>},
    io:format("~p~n", [M]),
    io:format("~w~n", [M]),
    Many = maps:from_list([{N, {value, N}} || N <- lists:seq(1, 20)]),
    io:format("~p~n", [Many]),
    io:format("~p~n", [#{list => lists:seq(1, 40)}]),
    io:format("~p~n", [[#{}, #{a => #{}}, #{#{} => []}]]),
    maps:get(limits, M).
