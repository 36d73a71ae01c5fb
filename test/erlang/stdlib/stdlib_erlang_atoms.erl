-module(stdlib_erlang_atoms).
-export([start/0]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    Cases = [fun() -> atom_to_binary(id(hello)) end,
             fun() -> atom_to_binary(id('héllo'), utf8) end,
             fun() -> atom_to_binary(id('héllo'), latin1) end,
             fun() -> atom_to_binary(id('€uro'), utf8) end,
             fun() -> atom_to_binary(id('€uro'), latin1) end,
             fun() -> atom_to_binary(id("x"), utf8) end,
             fun() -> atom_to_list(id('with space')) end,
             fun() -> binary_to_atom(id(<<"abc">>)) end,
             fun() -> binary_to_atom(id(<<"h", 195, 169>>), utf8) end,
             fun() -> binary_to_atom(id(<<"h", 233>>), latin1) end,
             fun() -> binary_to_atom(id(<<"h", 233>>), utf8) end,
             fun() -> binary_to_existing_atom(id(<<"start">>), utf8) end,
             fun() -> binary_to_existing_atom(id(<<"no_such_atom_xyzzy_42">>), utf8) end,
             fun() -> list_to_existing_atom(id("no_such_atom_xyzzy_43")) end,
             fun() -> list_to_atom(id([$a, 8364])) end,
             fun() -> list_to_atom(id([$a, -1])) end,
             fun() -> list_to_atom(id(lists:duplicate(255, $x))) =:= id('') end,
             fun() -> list_to_atom(id(lists:duplicate(256, $x))) end,
             fun() -> binary_to_atom(id(binary:copy(<<"y">>, 256))) end,
             fun() -> atom_to_list(id(1)) end,
             fun() -> binary_to_atom(id(<<"a">>), bogus) end],
    [io:format("~w~n", [t(F)]) || F <- Cases],
    ok.
