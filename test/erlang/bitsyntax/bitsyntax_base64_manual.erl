-module(bitsyntax_base64_manual).
-export([start/0]).

start() ->
    Inputs = [<<>>, <<"f">>, <<"fo">>, <<"foo">>, <<"foob">>, <<"fooba">>, <<"foobar">>,
              <<0, 255, 128, 1, 2>>, list_to_binary(lists:seq(0, 63))],
    lists:foreach(
      fun(In) ->
              Enc = encode(In),
              io:format("~p -> ~s (~p) back ~p~n", [In, Enc, Enc =:= base64:encode(In), decode(Enc) =:= In])
      end, Inputs),
    encode(<<"Erlang">>).

encode(Bin) ->
    Full = << <<(c(A)), (c(B)), (c(C)), (c(D))>> || <<A:6, B:6, C:6, D:6>> <= Bin >>,
    Rem = byte_size(Bin) rem 3,
    Tail = binary:part(Bin, byte_size(Bin) - Rem, Rem),
    case Tail of
        <<>> -> Full;
        <<A:6, B:2>> -> <<Full/binary, (c(A)), (c(B bsl 4)), "==">>;
        <<A:6, B:6, C:4>> -> <<Full/binary, (c(A)), (c(B)), (c(C bsl 2)), "=">>
    end.

c(N) when N < 26 -> $A + N;
c(N) when N < 52 -> $a + N - 26;
c(N) when N < 62 -> $0 + N - 52;
c(62) -> $+;
c(63) -> $/.

decode(Enc) ->
    Stripped = << <<C>> || <<C>> <= Enc, C =/= $= >>,
    Bits = << <<(v(C)):6>> || <<C>> <= Stripped >>,
    Whole = bit_size(Bits) div 8 * 8,
    <<Out:Whole/bits, _/bits>> = Bits,
    Out.

v(C) when C >= $A, C =< $Z -> C - $A;
v(C) when C >= $a, C =< $z -> C - $a + 26;
v(C) when C >= $0, C =< $9 -> C - $0 + 52;
v($+) -> 62;
v($/) -> 63.
