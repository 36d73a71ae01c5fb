-module(binaries_large).
-export([start/0]).

%% Binaries over 64 bytes (reference-counted off-heap in most VMs) and their slices.
start() ->
    Big = list_to_binary([lists:seq(0, 255) || _ <- lists:seq(1, 16)]),
    io:format("~w~n", [byte_size(Big)]),
    Slices = [binary:part(Big, N * 100, 100) || N <- lists:seq(0, 9)],
    io:format("~w~n", [[binary:first(S) || S <- Slices]]),
    io:format("~w~n", [[lists:sum(binary_to_list(S)) || S <- Slices]]),
    Joined = list_to_binary(Slices),
    io:format("~w ~w~n", [byte_size(Joined), Joined =:= binary:part(Big, 0, 1000)]),
    Grown = lists:foldl(fun(S, Acc) -> <<Acc/binary, S/binary>> end, <<>>, Slices),
    io:format("~w~n", [Grown =:= Joined]),
    Rev = list_to_binary(lists:reverse(binary_to_list(Big))),
    io:format("~w ~w~n", [binary:at(Rev, 0), binary:at(Rev, 4095)]),
    erlang:crc32(Rev).
