-module(bitsyntax_varint).
-export([start/0]).

%% LEB128 / protobuf varints, including bignums and zigzag for negatives.
start() ->
    Vals = [0, 1, 127, 128, 300, 16383, 16384, 2147483647, 1 bsl 35, 1 bsl 63, (1 bsl 100) + 7],
    lists:foreach(
      fun(V) ->
              E = enc(V),
              {D, <<>>} = dec(E),
              io:format("~w -> ~w -> ~w~n", [V, E, D])
      end, Vals),
    Signed = [0, -1, 1, -2, 2, -64, 64, -(1 bsl 40)],
    io:format("~w~n", [[zigzag(S) || S <- Signed]]),
    io:format("~w~n", [[unzigzag(zigzag(S)) =:= S || S <- Signed]]),
    Stream = << <<(enc(V))/binary>> || V <- Vals >>,
    io:format("stream ~w bytes, decoded ~w~n", [byte_size(Stream), dec_all(Stream) =:= Vals]),
    enc(1 bsl 63).

enc(V) when V < 128 -> <<V>>;
enc(V) -> <<1:1, (V band 127):7, (enc(V bsr 7))/binary>>.

dec(B) -> dec(B, 0, 0).
dec(<<0:1, X:7, Rest/binary>>, Shift, Acc) -> {Acc bor (X bsl Shift), Rest};
dec(<<1:1, X:7, Rest/binary>>, Shift, Acc) -> dec(Rest, Shift + 7, Acc bor (X bsl Shift)).

dec_all(<<>>) -> [];
dec_all(B) -> {V, R} = dec(B), [V | dec_all(R)].

zigzag(N) when N >= 0 -> N * 2;
zigzag(N) -> -N * 2 - 1.

unzigzag(Z) when Z band 1 =:= 0 -> Z bsr 1;
unzigzag(Z) -> -((Z + 1) bsr 1).
