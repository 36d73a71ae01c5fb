-module(bitsyntax_signed).
-export([start/0]).

start() ->
    Bytes = [<<16#FF>>, <<16#80>>, <<16#7F>>, <<0>>, <<16#FF, 16#FE>>, <<16#80, 0>>, <<16#FF, 16#FF, 16#FF, 16#FF>>,
             <<16#80, 0, 0, 0, 0, 0, 0, 0>>, <<16#FF, 0, 0, 0, 0, 0, 0, 0>>],
    lists:foreach(
      fun(B) ->
              N = bit_size(B),
              <<U:N/unsigned>> = B,
              <<S:N/signed>> = B,
              <<UL:N/unsigned-little>> = B,
              <<SL:N/signed-little>> = B,
              io:format("~w: u=~w s=~w ul=~w sl=~w~n", [B, U, S, UL, SL])
      end, [id(B) || B <- Bytes]),
    %% odd sizes
    <<A:3/signed, B:5/signed, C:7/signed, D:1/signed>> = id(<<16#A5, 16#C3>>),
    io:format("~w ~w ~w ~w~n", [A, B, C, D]),
    <<E:12/signed, F:12/unsigned>> = id(<<16#FF, 16#F8, 16#00>>),
    io:format("~w ~w~n", [E, F]),
    {A, B, C, D}.

id(V) -> V.
