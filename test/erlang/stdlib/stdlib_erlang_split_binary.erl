-module(stdlib_erlang_split_binary).
-export([start/0]).

%% split_binary/2, binary_part/2,3 and list<->binary conversions on sub-binaries.
id(X) -> X.

chunks(B, N) when byte_size(B) =< N -> [B];
chunks(B, N) -> {H, T} = split_binary(B, N), [H | chunks(T, N)].

start() ->
    B = id(<<"The quick brown fox">>),
    io:format("~p~n", [chunks(B, 4)]),
    io:format("~p~n", [[split_binary(B, N) || N <- [0, 1, 19]]]),
    {A, C} = split_binary(B, 10),
    io:format("~p~n", [{A, C, <<C/binary, A/binary>>, binary_part(C, {byte_size(C), -3})}]),
    io:format("~p~n", [[binary_to_list(X) || X <- chunks(B, 7)]]),
    io:format("~p~n", [try split_binary(B, 20) catch C1:R1 -> {C1, R1} end]),
    io:format("~p~n", [try split_binary(id(<<1:9>>), 1) catch C2:R2 -> {C2, R2} end]),
    lists:map(fun byte_size/1, chunks(binary:copy(B, 5), 16)).
