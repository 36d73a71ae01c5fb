-module(exceptions_in_comprehension).
-export([start/0]).

start() ->
    R1 = try [10 div X || X <- id([5, 2, 0, 1])] catch error:E1:St1 -> {E1, frame(St1)} end,
    io:format("~p~n", [R1]),
    R2 = try lists:map(fun(X) -> 1 / X end, id([1, 0])) catch error:E2:St2 -> {E2, frame(St2)} end,
    io:format("~p~n", [R2]),
    R3 = try [X || {ok, X} <- id([{ok, 1}, {error, 2}, {ok, 3}]), check(X)] catch error:E3:St3 -> {E3, frame(St3)} end,
    io:format("~p~n", [R3]),
    R4 = try << <<(X * 2)>> || X <- id([1, a]) >> catch error:E4:St4 -> {E4, frame(St4)} end,
    io:format("~p~n", [R4]),
    R5 = try lists:foldl(fun(X, Acc) -> X + Acc end, 0, id([1, 2, three])) catch error:E5:St5 -> {E5, frame(St5)} end,
    io:format("~p~n", [R5]),
    R1.

check(3) -> error(three_not_allowed);
check(_) -> true.

frame([{M, F, A, Info} | _]) -> {M, F, if is_list(A) -> length(A); true -> A end, proplists:get_value(line, Info)}.

id(X) -> X.
