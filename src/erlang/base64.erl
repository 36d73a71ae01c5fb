%% base64: RFC 4648 base 64 encoding, OTP 25's API (our own implementation).
%% decode/1 skips whitespace; mime_decode/1 skips any character outside the
%% alphabet and '=' signs that are not at the end. Bad input fails with OTP 25's
%% reasons: a list to encode must be a flat byte list (badarith for a nested
%% element, badarg for an integer out of range, function_clause for an improper
%% tail); decoding a list with a byte outside the alphabet is badarith.
-module(base64).

-export([encode/1, encode_to_string/1, decode/1, decode_to_string/1,
         mime_decode/1, mime_decode_to_string/1]).

encode(Data) when is_binary(Data) -> enc(Data);
encode(Data) when is_list(Data) -> enc(list_to_binary(flat(Data))).

flat([C | Cs]) when is_integer(C), C >= 0, C =< 255 -> [C | flat(Cs)];
flat([C | _]) when is_integer(C) -> erlang:error(badarg);
flat([_ | _]) -> erlang:error(badarith);
flat([]) -> [].

encode_to_string(Data) -> binary_to_list(encode(Data)).

enc(Bin) ->
    Full = (byte_size(Bin) div 3) * 3,
    <<Body:Full/binary, Rest/binary>> = Bin,
    Main = << <<(c(A)), (c(B)), (c(C)), (c(D))>> || <<A:6, B:6, C:6, D:6>> <= Body >>,
    case Rest of
        <<>> -> Main;
        <<A:6, B:2>> -> <<Main/binary, (c(A)), (c(B bsl 4)), "==">>;
        <<A:6, B:6, C:4>> -> <<Main/binary, (c(A)), (c(B)), (c(C bsl 2)), "=">>
    end.

c(N) when N < 26 -> $A + N;
c(N) when N < 52 -> $a + N - 26;
c(N) when N < 62 -> $0 + N - 52;
c(62) -> $+;
c(63) -> $/.

%% The 6-bit value of a character, ws for whitespace, eq for '=', bad.
v(C) when C >= $A, C =< $Z -> C - $A;
v(C) when C >= $a, C =< $z -> C - $a + 26;
v(C) when C >= $0, C =< $9 -> C - $0 + 52;
v($+) -> 62;
v($/) -> 63;
v($=) -> eq;
v(C) when C =:= $\s; C =:= $\t; C =:= $\r; C =:= $\n -> ws;
v(_) -> bad.

decode(Data) -> dec(chars(Data), strict, Data).

%% (a binary is decoded as a list, so a bad character is badarith here too, as in OTP)
decode_to_string(Data) when is_binary(Data) -> decode_to_string(binary_to_list(Data));
decode_to_string(Data) -> binary_to_list(decode(Data)).

mime_decode(Data) -> dec(chars(Data), mime, Data).

mime_decode_to_string(Data) -> binary_to_list(mime_decode(Data)).

chars(Data) when is_binary(Data) -> binary_to_list(Data);
chars(Data) when is_list(Data) -> bytes_of(Data, Data).

bytes_of([C | Cs], D) when is_integer(C), C >= 0, C =< 255 -> [C | bytes_of(Cs, D)];
bytes_of([_ | _], _) -> erlang:error(badarg);
bytes_of([], _) -> [];
bytes_of(_, D) -> erlang:error(function_clause, [D]).

%% Values of the data characters and the number of '=' after the last one.
dec(Cs, Mode, Data) ->
    {Vs, Pad} = scan(Cs, Mode, [], 0, Data),
    N = length(Vs),
    case {N rem 4, Pad} of
        {0, 0} -> bytes(Vs, <<>>);
        {0, _} when Mode =:= mime -> bytes(Vs, <<>>);
        {2, P} when P >= 1, (Mode =:= mime orelse P =:= 2) -> bytes(Vs, <<>>);
        {3, P} when P >= 1, (Mode =:= mime orelse P =:= 1) -> bytes(Vs, <<>>);
        {R, P} when Mode =:= strict, R < 2, P > 0, (N + P) rem 4 =:= 0 -> erlang:error(badarith);
        _ -> erlang:error(function_clause, [Data])
    end.

scan([C | Cs], Mode, Vs, Pad, Data) ->
    case v(C) of
        V when is_integer(V), Pad =:= 0 -> scan(Cs, Mode, [V | Vs], 0, Data);
        V when is_integer(V), Mode =:= mime -> scan(Cs, Mode, [V | Vs], 0, Data);
        eq -> scan(Cs, Mode, Vs, Pad + 1, Data);
        ws -> scan(Cs, Mode, Vs, Pad, Data);
        _ when Mode =:= mime -> scan(Cs, Mode, Vs, Pad, Data);
        _ when is_list(Data) -> erlang:error(badarith);
        _ -> erlang:error(badarg, [Data])
    end;
scan([], _, Vs, Pad, _) -> {lists:reverse(Vs), Pad}.

bytes([A, B, C, D | Vs], Acc) -> bytes(Vs, <<Acc/binary, A:6, B:6, C:6, D:6>>);
bytes([A, B, C], Acc) -> <<Acc/binary, A:6, B:6, (C bsr 2):4>>;
bytes([A, B], Acc) -> <<Acc/binary, A:6, (B bsr 4):2>>;
bytes([], Acc) -> Acc.
