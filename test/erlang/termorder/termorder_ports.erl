-module(termorder_ports).
-export([start/0]).

%% Port identifiers compare after funs and before pids.
start() ->
    P = list_to_port("#Port<0.7>"),
    io:format("~p ~p~n", [is_port(P), is_port(self())]),
    F = fun() -> ok end,
    io:format("~p ~p ~p ~p~n", [make_ref() < P, F < P, P < self(), P < {}]),
    io:format("~p~n", [P =:= list_to_port("#Port<0.7>")]),
    io:format("~p~n", [list_to_port("#Port<0.7>") < list_to_port("#Port<0.8>")]),
    ok.
