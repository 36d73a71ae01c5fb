-module(exceptions_try_clause).
-export([start/0]).

start() ->
    R1 = try
             try id(unexpected) of
                 expected -> ok
             catch
                 _:_ -> caught_inside
             end
         catch error:E -> {outer, E}
         end,
    io:format("~p~n", [R1]),
    %% exceptions raised in the of-section are not caught by the same try
    R2 = try
             try id(1) of
                 1 -> throw(from_of_section)
             catch
                 throw:_ -> caught_by_inner
             end
         catch throw:T -> {caught_by_outer, T}
         end,
    io:format("~p~n", [R2]),
    R3 = try
             try id({a, b}) of
                 {a, X} when X =/= b -> no
             catch _ -> no
             end
         catch error:{try_clause, V} -> {try_clause, V}
         end,
    io:format("~p~n", [R3]),
    R1.

id(X) -> X.
