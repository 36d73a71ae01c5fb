-module(stdlib_binary_bytes).
-export([start/0]).

%% Byte-level helpers on binaries of every byte value and on sub-binaries (unaligned too).
id(X) -> X.

start() ->
    All = list_to_binary(lists:seq(0, 255)),
    io:format("~p~n", [{binary:first(All), binary:last(All), binary:at(All, 128), byte_size(All)}]),
    io:format("~p~n", [binary:bin_to_list(All, 250, 6)]),
    io:format("~p~n", [binary:matches(All, [<<0>>, <<255>>, <<127, 128>>])]),
    <<_:3, Shifted:64/bits, _/bits>> = id(<<"0123456789">>),
    io:format("~p~n", [{Shifted, binary:first(Shifted), binary:last(Shifted), binary:bin_to_list(Shifted)}]),
    io:format("~p~n", [binary:split(Shifted, binary:part(Shifted, 2, 1))]),
    io:format("~p~n", [binary:copy(Shifted, 2)]),
    Sub = binary:part(All, 10, 20),
    io:format("~p~n", [{binary:referenced_byte_size(Sub) >= 20, binary:referenced_byte_size(binary:copy(Sub))}]),
    io:format("~p~n", [binary:decode_unsigned(binary:part(All, 1, 8))]),
    io:format("~p~n", [binary:encode_unsigned(binary:decode_unsigned(All)) =:= binary:part(All, 1, 255)]),
    binary:longest_common_prefix([All, binary:part(All, 0, 100), <<0, 1, 2, 3, 9>>]).
