-module(floats_roundtrip).
-export([start/0]).

%% Formatting with ~p must print the shortest text that reads back exactly.
start() ->
    Seeds = [0.1, 1/3, 2/7, 1.0e-7, 123.456, 6.02214076e23, 1.0e22, 5.0e-324, 2.0e-308],
    Vals = lists:flatten([[S, S * 3, S / 7, -S * 11] || S <- Seeds]),
    lists:foreach(
      fun(V) ->
              P = lists:flatten(io_lib:format("~p", [V])),
              Back = list_to_float(P),
              io:format("~-26s ~-26s ~p~n", [P, float_to_list(V, [short]), Back =:= V])
      end, Vals),
    length(Vals).
