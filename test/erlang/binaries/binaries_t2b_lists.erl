-module(binaries_t2b_lists).
-export([start/0]).

start() ->
    Ls = [[], "abc", [1, 2, 3], [256], [1, 2 | 3], [a, "b", <<"c">>], [[]], "", [0],
          lists:seq(1, 10), [-1], [1.0], [[1], [2, [3]]]],
    lists:foreach(
      fun(L) ->
              B = term_to_binary(L),
              io:format("~w -> ~w ~w~n", [L, B, binary_to_term(B) =:= L])
      end, [id(L) || L <- Ls]),
    Long = lists:seq(0, 70000) ,
    LB = term_to_binary(Long),
    io:format("~w ~w ~w~n", [byte_size(LB), binary:part(LB, 0, 6), binary_to_term(LB) =:= Long]),
    Str = lists:duplicate(70000, $z),
    SB = term_to_binary(Str),
    io:format("~w ~w~n", [byte_size(SB), binary:part(SB, 0, 6)]),
    term_to_binary(id([1, 2 | tail])).

id(X) -> X.
