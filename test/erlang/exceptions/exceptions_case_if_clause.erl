-module(exceptions_case_if_clause).
-export([start/0]).

start() ->
    R1 = try
             case id(3) of
                 1 -> one;
                 2 -> two
             end
         catch error:E1:St1 -> {E1, frame(St1)}
         end,
    io:format("~p~n", [R1]),
    R2 = try
             X = id(5),
             if X < 0 -> neg;
                X =:= 0 -> zero
             end
         catch error:E2:St2 -> {E2, frame(St2)}
         end,
    io:format("~p~n", [R2]),
    R3 = try classify(id({unexpected, tuple})) catch error:E3:St3 -> {E3, frame(St3)} end,
    io:format("~p~n", [R3]),
    R4 = try sign(id(0.0)) catch error:E4:St4 -> {E4, frame(St4)} end,
    io:format("~p~n", [R4]),
    R1.

classify(T) ->
    case T of
        {ok, V} -> V;
        {error, _} -> error
    end.

sign(X) ->
    if is_integer(X), X > 0 -> 1;
       is_integer(X), X < 0 -> -1
    end.

frame([{M, F, A, Info} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(line, Info)}.

id(X) -> X.
