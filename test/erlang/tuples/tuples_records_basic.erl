-module(tuples_records_basic).
-export([start/0]).

-record(point, {x = 0, y = 0}).
-record(person, {name, age, email = "none"}).
-record(empty, {}).

start() ->
    P = #point{},
    P2 = #point{x = 3, y = id(4)},
    io:format("~w ~w~n", [P, P2]),
    io:format("~w ~w~n", [P2#point.x, P2#point.y]),
    Alice = #person{name = "Alice", age = 30},
    io:format("~p~n", [Alice]),
    io:format("~p ~p ~p~n", [Alice#person.name, Alice#person.age, Alice#person.email]),
    io:format("~w~n", [#empty{}]),
    io:format("~w~n", [tuple_size(Alice)]),
    io:format("~w~n", [element(1, P2)]),
    #point{x = X, y = Y} = P2,
    io:format("~w~n", [math:sqrt(X * X + Y * Y)]),
    io:format("~w ~w~n", [record_info(fields, person), record_info(size, person)]),
    io:format("~w ~w~n", [#person.age, #point.y]),
    P2.

id(V) -> V.
