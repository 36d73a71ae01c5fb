-module(stdlib_unicode_split_chars).
-export([start/0]).

%% A character split across binaries: completed by the next binary, or failing, with the rest
%% shaped as OTP returns it.
id(X) -> X.

start() ->
    Cases = [[<<"ab", 195>>, <<169>>],
             [<<"ab", 195>>, <<"x">>],
             [<<"ab", 195>>, <<"xy">>],
             [<<"ab", 195>>, <<"x">>, "z"],
             [<<"ok">>, <<226>>, <<"x">>],
             [<<"ok">>, <<226>>, <<"x">>, "z"],
             [<<"ok">>, [<<226>>, <<"x">>], "z"],
             [<<"ok">>, <<226>>, [<<"x">>]],
             [<<"ok">>, <<226>>, 120],
             [<<"ok">>, [<<226>>], "z"],
             [<<"ok">>, <<240>>, <<159>>, <<"x">>],
             [<<"ok">>, <<240, 159>>, <<"x">>],
             [<<"ok">>, <<240>>, <<159, "x">>],
             [<<"ok">>, <<240, 159>>, <<159, "x">>],
             [<<"ok">>, <<"a", 240>>, <<159>>, <<"x">>],
             [<<"ok">>, <<240>>, <<159>>, <<152>>, <<128>>],
             [<<"ok">>, <<226>>, <<130, "x">>],
             [<<"ok">>, <<226>>],
             [<<"ok">>, [<<226>>]],
             [[<<"ok">>, <<226>>], 120, 121]],
    [io:format("~w~n~w~n", [unicode:characters_to_binary(id(C)), unicode:characters_to_list(id(C))]) || C <- Cases],
    ok.
