-module(bitsyntax_unaligned).
-export([start/0]).

start() ->
    B = id(<<16#DE, 16#AD, 16#BE, 16#EF, 16#01, 16#23>>),
    lists:foreach(
      fun(Off) ->
              <<_:Off, X:13, Y:8/binary-unit:1, Rest/bits>> = B,
              io:format("off ~w: ~w ~p ~w~n", [Off, X, Y, bit_size(Rest)])
      end, lists:seq(0, 7)),
    <<_:3, Sub:4/binary, _/bits>> = B,
    io:format("~w~n", [Sub]),
    <<_:1, Bytes/binary-unit:1>> = id(<<255, 0:7>>),
    io:format("~w~n", [Bytes]),
    Shifted = << <<X:8>> || <<X:8>> <= element(2, split(B, 4)) >>,
    io:format("~w~n", [Shifted]),
    <<_:5, F:32/float, _/bits>> = <<0:5, (id(2.5)):32/float, 0:3>>,
    io:format("~p~n", [F]),
    <<_:2, U/utf8, _/bits>> = <<0:2, (id(8364))/utf8, 0:6>>,
    io:format("~w~n", [U]),
    Sub.

split(B, N) -> <<H:N, T/bits>> = B, {H, T}.

id(X) -> X.
