-module(binaries_list_conversions).
-export([start/0]).

start() ->
    B = id(<<"Hello, binary world">>),
    io:format("~w~n", [binary_to_list(B)]),
    io:format("~w~n", [binary_to_list(B, 1, 5)]),
    io:format("~w~n", [binary_to_list(B, 8, 13)]),
    io:format("~p~n", [list_to_binary("plain")]),
    io:format("~p~n", [list_to_binary([$a, [$b, [$c]], <<"de">>, [], <<>>, [[[$f]]]])]),
    io:format("~p~n", [list_to_binary([<<1, 2>> | <<3>>])]),
    io:format("~p~n", [binary_to_list(<<>>)]),
    Errs = [try list_to_binary(id(X)) catch error:badarg -> badarg end
            || X <- [[256], [-1], [a], [1 | 2], [1.0], [[300]]]],
    io:format("~p~n", [Errs]),
    R = try binary_to_list(id(B), 5, 3) catch error:badarg -> badarg end,
    io:format("~p~n", [R]),
    io:format("~p~n", [list_to_bitstring([<<1:4>>, [<<2:4>>], 3])]),
    binary_to_list(B, 1, 5).

id(X) -> X.
