-module(bitsyntax_hex).
-export([start/0]).

start() ->
    Ins = [<<>>, <<0>>, <<255>>, <<"Hello">>, <<16#DE, 16#AD, 16#BE, 16#EF>>, list_to_binary(lists:seq(250, 255))],
    lists:foreach(
      fun(B) ->
              H = to_hex(B),
              io:format("~w -> ~s -> ~w~n", [B, H, from_hex(H) =:= B])
      end, Ins),
    io:format("~s~n", [binary:encode_unsigned(16#414243)]),
    io:format("~p~n", [binary:decode_unsigned(<<1, 0, 0>>)]),
    to_hex(<<"AtomVM">>).

to_hex(B) -> << <<(d(H)), (d(L))>> || <<H:4, L:4>> <= B >>.

d(N) when N < 10 -> $0 + N;
d(N) -> $a + N - 10.

from_hex(H) -> << <<(v(A)):4, (v(B)):4>> || <<A, B>> <= H >>.

v(C) when C >= $0, C =< $9 -> C - $0;
v(C) when C >= $a, C =< $f -> C - $a + 10.
