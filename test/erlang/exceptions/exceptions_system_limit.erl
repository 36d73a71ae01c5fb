-module(exceptions_system_limit).
-export([start/0]).

start() ->
    Long = lists:duplicate(256, $a),
    Ok = lists:duplicate(255, $a),
    Tests = [{atom_256, fun() -> list_to_atom(Long) end},
             {atom_255, fun() -> length(atom_to_list(list_to_atom(Ok))) end},
             {binary_atom_256, fun() -> binary_to_atom(list_to_binary(Long), utf8) end},
             {unicode_atom_256, fun() -> list_to_atom(lists:duplicate(256, 8364)) end},
             {unicode_atom_255, fun() -> length(atom_to_list(list_to_atom(lists:duplicate(255, 8364)))) end},
             {make_tuple_huge, fun() -> erlang:make_tuple(id(1 bsl 40), x) end},
             {bsl_huge, fun() -> id(1) bsl id(1 bsl 40) end}],
    lists:foreach(
      fun({Name, F}) ->
              R = try F() catch Class:Reason -> {Class, Reason} end,
              io:format("~p: ~p~n", [Name, R])
      end, Tests),
    ok.

id(X) -> X.
