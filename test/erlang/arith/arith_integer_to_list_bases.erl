-module(arith_integer_to_list_bases).
-export([start/0]).

start() ->
    Ns = [0, 1, 35, 36, 255, -255, 123456789, -987654321],
    lists:foreach(
      fun(Base) ->
              io:format("base ~2w: ~p~n", [Base, [integer_to_list(N, Base) || N <- Ns]])
      end, lists:seq(2, 36)),
    Big = 1 bsl 100,
    io:format("~s~n~s~n~s~n", [integer_to_list(Big, 2), integer_to_list(Big, 16), integer_to_list(-Big, 36)]),
    io:format("~s ~s~n", [integer_to_list(-1), integer_to_list(Big)]),
    integer_to_list(Big, 36).
