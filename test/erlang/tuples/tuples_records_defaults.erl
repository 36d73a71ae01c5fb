-module(tuples_records_defaults).
-export([start/0]).

-record(config, {host = "localhost" :: string(),
                 port = 8000 + 80 :: integer(),
                 opts = [{retry, 3}] :: list(),
                 timeout :: integer() | undefined,
                 tags = default_tags()}).

start() ->
    C1 = #config{},
    C2 = #config{port = 443, timeout = 5000},
    C3 = #config{_ = overridden},
    C4 = #config{host = "example.org", _ = none},
    lists:foreach(fun(C) -> io:format("~p~n", [C]) end, [C1, C2, C3, C4]),
    io:format("~p~n", [C1#config.timeout]),
    io:format("~p~n", [C2#config.port - C1#config.port]),
    C2.

default_tags() -> [web, lists:concat([v, 1])].
