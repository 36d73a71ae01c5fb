-module(printing_records_tuples).
-export([start/0]).

-record(person, {name, age, tags = []}).

start() ->
    P = #person{name = "Ada Lovelace", age = 36, tags = [mathematician, writer, 'first programmer']},
    io:format("~p~n", [P]),
    io:format("~w~n", [P]),
    People = [P, #person{name = "Alan", age = 41}, #person{name = "Grace", age = 85, tags = [admiral]}],
    io:format("~p~n", [People]),
    io:format("~p~n", [{people, People, length(People)}]),
    P.
