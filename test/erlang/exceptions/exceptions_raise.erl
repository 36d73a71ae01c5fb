-module(exceptions_raise).
-export([start/0]).

start() ->
    R1 = try
             try error(original)
             catch error:E:St -> erlang:raise(error, {wrapped, E}, St)
             end
         catch error:W:St2 -> {W, frame(St2)}
         end,
    io:format("~p~n", [R1]),
    R2 = try erlang:raise(throw, thrown_by_raise, []) catch throw:T -> {thrown, T} end,
    io:format("~p~n", [R2]),
    R3 = try erlang:raise(exit, exited_by_raise, []) catch exit:X -> {exited, X} end,
    io:format("~p~n", [R3]),
    R4 = try
             try thrower(id(1)) catch Class:Reason:Stack -> erlang:raise(Class, Reason, Stack) end
         catch C:R:S -> {C, R, frame(S)}
         end,
    io:format("~p~n", [R4]),
    R5 = try erlang:raise(id(bad_class), x, []) catch error:E5 -> {error, E5} end,
    io:format("~p~n", [R5]),
    R6 = try error(with_args, [1, two]) catch error:E6:St6 -> {E6, frame(St6), args(St6)} end,
    io:format("~p~n", [R6]),
    R1.

thrower(N) -> throw({thrower, N}).

frame([{M, F, A, Info} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(line, Info)}.

args([{_, _, A, _} | _]) -> A.

id(X) -> X.
