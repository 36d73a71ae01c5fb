-module(stdlib_maps_syntax).
-export([start/0]).

start() ->
    M0 = id(#{name => "x", age => 3}),
    M1 = M0#{age := 4, city => "y"},
    io:format("~p~n", [M1]),
    #{name := N, age := A} = M1,
    io:format("~p ~p~n", [N, A]),
    io:format("~p~n", [classify(M1)]),
    io:format("~p~n", [classify(#{kind => circle, r => 2})]),
    io:format("~p~n", [classify(#{})]),
    io:format("~p~n", [run(fun() -> M0#{missing := 1} end)]),
    io:format("~p~n", [run(fun() -> #{name := 1} = M0 end)]),
    io:format("~p~n", [run(fun() -> (id([]))#{a => 1} end)]),
    Key = id(dynamic),
    M2 = #{Key => 1, {Key, 2} => 2},
    io:format("~p~n", [M2]),
    io:format("~p~n", [case M2 of #{Key := V} -> {found, V}; _ -> none end]),
    io:format("~p~n", [maps:get({dynamic, 2}, M2)]),
    io:format("~p~n", [map_size(M2)]),
    io:format("~p~n", [is_map_key(dynamic, M2)]),
    io:format("~p~n", [#{id(a) => 1, id(a) => 2}]),
    io:format("~p~n", [(id(#{a => 1}))#{a => 1.0}]),
    M1 =:= M0#{age => 4, city => "y"}.

classify(#{kind := circle, r := R}) -> {circle, R};
classify(#{name := _} = M) when map_size(M) > 2 -> person;
classify(_) -> unknown.

run(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.
