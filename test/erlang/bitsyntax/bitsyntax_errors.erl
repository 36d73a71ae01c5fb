-module(bitsyntax_errors).
-export([start/0]).

start() ->
    Cons = [{atom_int, fun() -> <<(id(a)):8>> end},
            {float_int, fun() -> <<(id(1.5)):8>> end},
            {neg_size, fun() -> <<(id(1)):(id(-1))>> end},
            {bad_size, fun() -> <<(id(1)):(id(x))>> end},
            {float_size, fun() -> <<(id(1.0)):(id(24))/float>> end},
            {float_atom, fun() -> <<(id(a)):64/float>> end},
            {binary_int, fun() -> <<(id(1))/binary>> end},
            {utf8_big, fun() -> <<(id(16#FFFFFF))/utf8>> end},
            {ok_trunc, fun() -> <<(id(16#1FF)):8>> end}],
    lists:foreach(fun({N, F}) -> io:format("~p: ~p~n", [N, run(F)]) end, Cons),
    Matches = [{short, fun() -> <<_:32>> = id(<<1, 2>>), ok end},
               {long, fun() -> <<_:8>> = id(<<1, 2>>), ok end},
               {literal, fun() -> <<1, _/binary>> = id(<<2, 3>>), ok end},
               {nan, fun() -> <<F:64/float>> = id(<<16#7FF8000000000000:64>>), F end},
               {inf, fun() -> <<F:32/float>> = id(<<16#7F800000:32>>), F end},
               {bits, fun() -> <<_/binary>> = id(<<1:1>>), ok end}],
    lists:foreach(fun({N, F}) -> io:format("~p: ~p~n", [N, run(F)]) end, Matches),
    ok.

run(F) ->
    try F() of V -> {ok, V}
    catch error:{badmatch, _} -> badmatch;
          C:E -> {C, E}
    end.

id(X) -> X.
