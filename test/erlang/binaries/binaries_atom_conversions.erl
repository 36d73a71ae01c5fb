-module(binaries_atom_conversions).
-export([start/0]).

start() ->
    Atoms = [ok, 'hello world', '', 'UPPER', 'with\'quote', 'ünïcödé', '€uro', 'a\nb'],
    lists:foreach(
      fun(A) ->
              io:format("~p ~w ~w ~w~n",
                        [A, atom_to_binary(A), atom_to_binary(A, utf8), atom_to_list(A)])
      end, [id(A) || A <- Atoms]),
    io:format("~p~n", [atom_to_binary(id('café'), latin1)]),
    io:format("~p~n", [[binary_to_atom(B) || B <- [<<"ok">>, <<"new_atom_from_binary">>, <<"ü"/utf8>>]]]),
    io:format("~p~n", [binary_to_atom(<<"caf", 233>>, latin1)]),
    io:format("~p~n", [binary_to_existing_atom(<<"ok">>, utf8)]),
    R = try binary_to_existing_atom(id(<<"surely_this_atom_does_not_exist_xyz">>), utf8)
        catch error:badarg -> badarg end,
    io:format("~p~n", [R]),
    R2 = try list_to_existing_atom(id("neither_does_this_one_qqq")) catch error:badarg -> badarg end,
    io:format("~p~n", [R2]),
    io:format("~p~n", [list_to_atom("made" ++ "_up")]),
    R3 = try atom_to_binary(id("notatom")) catch error:badarg -> badarg end,
    io:format("~p~n", [R3]),
    binary_to_atom(<<"done">>, utf8).

id(X) -> X.
