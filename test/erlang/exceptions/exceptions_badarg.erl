-module(exceptions_badarg).
-export([start/0]).

start() ->
    Tests = [{atom_to_list, fun() -> atom_to_list(id("x")) end},
             {list_to_atom, fun() -> list_to_atom(id([a])) end},
             {hd, fun() -> hd(id([])) end},
             {tl, fun() -> tl(id(x)) end},
             {tuple_size, fun() -> tuple_size(id([])) end},
             {binary_to_list, fun() -> binary_to_list(id(x)) end},
             {integer_to_list, fun() -> integer_to_list(id(1.0)) end},
             {list_to_integer, fun() -> list_to_integer(id("1x")) end},
             {abs, fun() -> abs(id(a)) end},
             {element, fun() -> element(id(5), {1}) end},
             {length, fun() -> length(id(improper)) end},
             {atom_to_binary, fun() -> atom_to_binary(id(1), utf8) end},
             {list_to_tuple, fun() -> list_to_tuple(id(x)) end},
             {integer_to_binary, fun() -> integer_to_binary(id(1), id(37)) end},
             {split_binary, fun() -> split_binary(id(<<>>), 1) end},
             {make_tuple, fun() -> erlang:make_tuple(id(a), 0) end},
             {bit_size, fun() -> bit_size(id(a)) end},
             {erlang_max_ok, fun() -> max(id(a), 1) end}],
    lists:foreach(
      fun({Name, F}) ->
              R = try F() catch error:E:St -> {E, first_mfa(St)} end,
              io:format("~p: ~p~n", [Name, R])
      end, Tests),
    ok.

first_mfa([{M, F, A, _} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end}.

id(X) -> X.
