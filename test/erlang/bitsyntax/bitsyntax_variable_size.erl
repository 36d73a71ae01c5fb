-module(bitsyntax_variable_size).
-export([start/0]).

start() ->
    Data = id(<<3, "abc", 0, 5, "hello", 2, 16#FF, 16#01>>),
    io:format("~p~n", [strings(Data, [])]),
    %% size from an earlier segment in the same pattern, in bits
    <<Bits:4, Val:Bits, _/bits>> = id(<<16#5A, 16#BC>>),
    io:format("~w ~w~n", [Bits, Val]),
    %% size computed from variables in scope
    Size = id(12),
    <<A:Size, B:(Size div 2), _/bits>> = id(<<16#ABCDEF:24>>),
    io:format("~.16B ~.16B~n", [A, B]),
    Fields = [{8, 200}, {4, 9}, {12, 4000}, {1, 1}, {7, 100}],
    Packed = << <<V:S>> || {S, V} <- Fields >>,
    io:format("~p ~w~n", [Packed, bit_size(Packed)]),
    io:format("~w~n", [unpack([S || {S, _} <- Fields], Packed)]),
    strings(Data, []).

strings(<<>>, Acc) -> lists:reverse(Acc);
strings(<<Len, Str:Len/binary, Rest/binary>>, Acc) -> strings(Rest, [Str | Acc]).

unpack([], <<>>) -> [];
unpack([S | Ss], Bits) ->
    <<V:S, Rest/bits>> = Bits,
    [V | unpack(Ss, Rest)].

id(X) -> X.
