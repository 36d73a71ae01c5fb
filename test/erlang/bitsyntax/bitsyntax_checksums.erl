-module(bitsyntax_checksums).
-export([start/0]).

start() ->
    Ins = [<<>>, <<"a">>, <<"abc">>, <<"Wikipedia">>, <<"The quick brown fox jumps over the lazy dog">>,
           list_to_binary(lists:seq(0, 255))],
    lists:foreach(
      fun(B) ->
              io:format("~w ~w ~w ~w ~w~n",
                        [byte_size(B), adler(B), erlang:adler32(B), crc32(B), erlang:crc32(B)])
      end, Ins),
    io:format("fletcher16 ~w~n", [fletcher16(<<"abcde">>)]),
    io:format("xor ~w~n", [lists:foldl(fun(X, A) -> X bxor A end, 0, binary_to_list(<<"checksum">>))]),
    crc32(<<"123456789">>).

adler(B) -> adler(B, 1, 0).
adler(<<>>, A, S) -> (S bsl 16) bor A;
adler(<<X, R/binary>>, A, S) ->
    A2 = (A + X) rem 65521,
    adler(R, A2, (S + A2) rem 65521).

crc32(B) -> crc(B, 16#FFFFFFFF) bxor 16#FFFFFFFF.
crc(<<>>, C) -> C;
crc(<<X, R/binary>>, C) -> crc(R, crc_byte(C bxor X, 8)).
crc_byte(C, 0) -> C;
crc_byte(C, K) when C band 1 =:= 1 -> crc_byte((C bsr 1) bxor 16#EDB88320, K - 1);
crc_byte(C, K) -> crc_byte(C bsr 1, K - 1).

fletcher16(B) ->
    {S1, S2} = lists:foldl(fun(X, {A, C}) -> A2 = (A + X) rem 255, {A2, (C + A2) rem 255} end,
                           {0, 0}, binary_to_list(B)),
    (S2 bsl 8) bor S1.
